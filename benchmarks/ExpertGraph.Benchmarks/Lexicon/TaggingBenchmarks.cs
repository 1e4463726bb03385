using System.Buffers;
using BenchmarkDotNet.Attributes;
using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Benchmarks.Lexicon;

/// <summary>
/// Tagging the real-text corpus (titles, abstracts, keywords of the shared records) with the full lexicon, on one
/// thread; MB/s = corpus UTF-8 bytes (printed by lexicon-measure) / mean time. Baseline: .NET's multi-string search
/// (SearchValues&lt;string&gt;, ignore case) over the same terms and text, which neither normalizes nor checks
/// boundaries — the floor of a scan, not a tagger.
///   dotnet run -c Release --project benchmarks/ExpertGraph.Benchmarks -- --filter '*TaggingBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class TaggingBenchmarks
{
    private TaggingCorpus _corpus = null!;
    private ConceptTagger _tagger = null!;
    private SearchValues<string> _searchValues = null!;

    [GlobalSetup]
    public void Load()
    {
        _corpus = TaggingCorpus.Load(4);
        var (folder, _) = BenchmarkLexicon.Folder();
        _tagger = LexiconLoader.Load(folder, cacheFolder: Path.Combine(Path.GetTempPath(), "expertgraph-benchmark-lexicon-cache"));
        var lexicon = _tagger.Lexicon;
        var terms = Enumerable.Range(0, lexicon.Concepts.Count).SelectMany(lexicon.Terms).Select(t => t.Text)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        _searchValues = SearchValues.Create(terms, StringComparison.OrdinalIgnoreCase);
    }

    [Benchmark(Baseline = true)]
    public long SearchValuesScan()
    {
        var hits = 0L;
        foreach (var text in _corpus.Texts)
        {
            var span = text.AsSpan();
            int index;
            while ((index = span.IndexOfAny(_searchValues)) >= 0)
            {
                hits++;
                span = span[(index + 1)..];
            }
        }

        return hits;
    }

    [Benchmark]
    public long Tag()
    {
        var matches = 0L;
        foreach (var text in _corpus.Texts) matches += _tagger.Tag(text).Count;
        return matches;
    }
}
