using BenchmarkDotNet.Attributes;
using ExpertGraph.Ingestion.Papers;
using ExpertGraph.Ingestion.Pipeline;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Query;

namespace ExpertGraph.Benchmarks.Ingest;

/// <summary>
/// End-to-end ingest of the DBLP sample (1,288 records) into a fresh data folder, beside its peer in the same run:
/// the same file through the reader alone. The ratio is the cost of normalization, resolution, SQLite and Lucene.
///   dotnet run -c Release --project benchmarks/ExpertGraph.Benchmarks -- --filter '*IngestBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class IngestBenchmarks
{
    private string _input = "";
    private string _data = "";

    [GlobalSetup]
    public void Locate() => _input = BenchmarkData.Records("dblp-xml-sample/dblp-sample.xml");

    [IterationSetup(Target = nameof(Ingest))]
    public void FreshFolder() => _data = Directory.CreateTempSubdirectory("eg-bench-").FullName;

    [IterationCleanup(Target = nameof(Ingest))]
    public void RemoveFolder() => Directory.Delete(_data, recursive: true);

    [Benchmark(Baseline = true)]
    public int ParseOnly()
    {
        var records = 0;
        using var stream = File.OpenRead(_input);
        foreach (var result in new DblpXmlReader().Read(stream, _input))
            if (result.Outcome == ReadOutcome.Record) records++;
        return records;
    }

    [Benchmark]
    public long Ingest()
    {
        using var workspace = Workspace.Open(new DataDirectory(_data));
        var summary = workspace.IngestAsync([_input], new IngestionOptions(), progress: null, CancellationToken.None).GetAwaiter().GetResult();
        return summary.Records.Read;
    }
}
