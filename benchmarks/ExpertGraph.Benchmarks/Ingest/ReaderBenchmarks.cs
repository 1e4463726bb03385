using BenchmarkDotNet.Attributes;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Benchmarks.Ingest;

/// <summary>
/// Parse throughput of each reader on a real file of its format (records per operation are printed in the job's
/// description: divide). The floor any ingest of that format pays.
///   dotnet run -c Release --project benchmarks/ExpertGraph.Benchmarks -- --filter '*ReaderBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class ReaderBenchmarks
{
    private byte[] _bytes = [];
    private IRecordReader _reader = null!;
    private string _path = "";

    [Params("dblp-xml-sample/dblp-sample.xml",
        "openalex-works-json/works_biodiversity_finance_200.jsonl",
        "uspto-patent-xml/patentsview-db-fixtures/xml/ipg120327.196.xml",
        "nsfc-china-grants/19_21/C01/C0106.csv")]
    public string File { get; set; } = "";

    [GlobalSetup]
    public void Load()
    {
        _path = BenchmarkData.Records(File);
        _bytes = System.IO.File.ReadAllBytes(_path);
        _reader = new FormatDetector(RecordReaders.CreateDefault()).Detect(_path);
    }

    [Benchmark]
    public int Read()
    {
        var records = 0;
        using var stream = new MemoryStream(_bytes, writable: false);
        foreach (var result in _reader.Read(stream, _path))
            if (result.Outcome == ReadOutcome.Record) records++;
        return records;
    }
}
