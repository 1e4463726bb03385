using BenchmarkDotNet.Attributes;
using ExpertGraph.Core.Lexicon;
using CoreLexicon = ExpertGraph.Core.Lexicon.Lexicon;

namespace ExpertGraph.Benchmarks.Lexicon;

/// <summary>
/// Loading the full lexicon: parsing the TSV files, compiling the automaton from a parsed lexicon, and the whole
/// load through a warm compiled cache (what a program start pays). Allocated bytes stand for the build's memory.
///   dotnet run -c Release --project benchmarks/ExpertGraph.Benchmarks -- --filter '*LexiconLoadBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class LexiconLoadBenchmarks
{
    private string _folder = "";
    private string _cache = "";
    private CoreLexicon _lexicon = null!;
    private TraditionalChineseTable _table = null!;

    [GlobalSetup]
    public void Prepare()
    {
        (_folder, _) = BenchmarkLexicon.Folder();
        _cache = Path.Combine(Path.GetTempPath(), "expertgraph-benchmark-lexicon-cache");
        _lexicon = new CoreLexicon(LexiconFiles.Read(_folder));
        _table = LexiconLoader.LoadTable(_folder);
        CompiledLexicon.Load(_folder, _cache);
    }

    [Benchmark]
    public int ReadTsv() => new CoreLexicon(LexiconFiles.Read(_folder)).Concepts.Count;

    [Benchmark]
    public int BuildAutomaton() => ConceptAutomatonBuilder.Build(_lexicon, table: _table).NodeCount;

    [Benchmark]
    public bool LoadFromCache() => CompiledLexicon.Load(_folder, _cache).FromCache;
}
