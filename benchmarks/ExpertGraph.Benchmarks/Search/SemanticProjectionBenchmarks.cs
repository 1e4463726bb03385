using BenchmarkDotNet.Attributes;
using ExpertGraph.Benchmarks.Ingest;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Ingestion.Pipeline;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Search.Semantic;

namespace ExpertGraph.Benchmarks.Search;

/// <summary>
/// Placing works in the semantic space, the step the semantic index repeats for every work of the store: splitting a
/// text into terms (Lucene's analyzers; the peer, measured beside it), projecting its terms (tf-idf weights and the
/// sum of their rows of V), and the two together as the index runs them for a text. The texts are every record of ../shared/data/records the readers parse; the space is fitted
/// on them with 128 dimensions, as at scale. One thread, so the ratio is the code's, not the scheduler's.
///   dotnet run -c Release --project benchmarks/ExpertGraph.Benchmarks -- --filter '*SemanticProjectionBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class SemanticProjectionBenchmarks
{
    private readonly SemanticTerms _splitter = new();
    private readonly List<string> _texts = [];
    private List<List<string>> _terms = [];
    private SemanticSpace? _space;

    [GlobalSetup]
    public void Fit()
    {
        var records = Path.GetDirectoryName(Path.GetDirectoryName(BenchmarkData.Records("arxiv-metadata-snapshot-sample/arxiv-metadata-oai-snapshot.sample.jsonl")))!;
        var detector = new FormatDetector(RecordReaders.CreateDefault());
        foreach (var file in InputFiles.Expand([records]))
        {
            try
            {
                if (detector.TryDetect(file.Path) is not { } reader) continue;
                using var stream = File.OpenRead(file.Path);
                foreach (var result in reader.Read(stream, file.Path))
                    if (result.Outcome == ReadOutcome.Record) _texts.Add(WorkText.Join(result.Work!.Title, result.Work.Keywords, result.Work.Abstract));
            }
            catch (Exception ex) when (ex is ExpertGraphException or InvalidDataException or IOException)
            {
                // Compressed files, licences and the readers' own bad-input fixtures: not texts for this benchmark.
            }
        }

        _space = SemanticSpace.Fit(_texts, new SemanticSpaceOptions { Dimensions = 128 });
        _terms = [.. _texts.Select(_splitter.Of)];
        Console.WriteLine($"// {_texts.Count} texts, {_terms.Sum(t => t.Count)} terms, {_space.Terms.Length} in the vocabulary, {_space.Dimensions} dimensions");
    }

    [Benchmark(Baseline = true)]
    public int SplitTerms()
    {
        var count = 0;
        foreach (var text in _texts) count += _splitter.Of(text).Count;
        return count;
    }

    /// <summary>What the semantic index does for each work: split its text and project the terms.</summary>
    [Benchmark]
    public int ProjectText()
    {
        var placed = 0;
        foreach (var text in _texts)
            if (_space!.Project(text) is not null) placed++;
        return placed;
    }

    [Benchmark]
    public int ProjectTerms()
    {
        var placed = 0;
        foreach (var terms in _terms)
            if (_space!.Project(terms) is not null) placed++;
        return placed;
    }
}
