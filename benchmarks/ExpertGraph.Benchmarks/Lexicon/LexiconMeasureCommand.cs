using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using ExpertGraph.Core.Lexicon;
using CoreLexicon = ExpertGraph.Core.Lexicon.Lexicon;

namespace ExpertGraph.Benchmarks.Lexicon;

/// <summary>
/// `lexicon-measure [megabytes] [seconds]`: the issue's figures in one process, plain Stopwatch timing (the
/// BenchmarkDotNet classes beside it give the same with statistics): load time from the TSV files (first load, with
/// JIT, then the best of three), automaton size, tagging throughput on one thread over the real-text corpus, and the
/// peer: .NET's own multi-string search (SearchValues&lt;string&gt;, ignore-case) over the same terms and text.
/// </summary>
internal static class LexiconMeasureCommand
{
    public static int Run(string[] args)
    {
        var megabytes = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 4;
        var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var (folder, synthetic) = BenchmarkLexicon.Folder();
        Console.WriteLine($"lexicon: {folder}{(synthetic ? " (synthetic)" : "")}");

        var first = LexiconLoadTimer.Measure(folder);
        Console.WriteLine($"first load (with JIT): {first}");
        var best = Enumerable.Range(0, 3).Select(_ => LexiconLoadTimer.Measure(folder)).MinBy(t => t.Total)!;
        Console.WriteLine($"best of 3 loads:       {best}");
        var cache = Directory.CreateTempSubdirectory("eg-lexicon-cache-").FullName;
        var (write, _) = Timed(() => CompiledLexicon.Load(folder, cache));
        var fromCache = Enumerable.Range(0, 3).Select(_ => Timed(() => CompiledLexicon.Load(folder, cache))).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"through the cache: compile + write {write.TotalSeconds:F2} s ({new FileInfo(Path.Combine(cache, CompiledLexicon.FileName)).Length / 1048576.0:F1} MiB); " +
            $"load from cache {string.Join(", ", fromCache.Select(t => t.Elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture)))} s (from cache: {fromCache.All(t => t.Result.FromCache)})"));
        Directory.Delete(cache, recursive: true);

        var lexicon = new CoreLexicon(LexiconFiles.Read(folder));
        var table = LexiconLoader.LoadTable(folder);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var automaton = ConceptAutomatonBuilder.Build(lexicon, table: table);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"concepts: {lexicon.Concepts.Count:N0}, terms: {lexicon.TermCount:N0}, patterns: {automaton.PatternCount:N0}, " +
            $"nodes: {automaton.NodeCount:N0}, automaton arrays: {automaton.ArrayBytes / 1048576.0:F1} MiB, " +
            $"managed heap growth while building: {(after - before) / 1048576.0:F1} MiB"));

        var corpus = TaggingCorpus.Load(megabytes);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"corpus: {corpus.Texts.Count:N0} texts, {corpus.Utf8Bytes / 1e6:F2} MB UTF-8, {corpus.Texts.Sum(t => t.Length):N0} chars"));
        var tagger = new ConceptTagger(lexicon, automaton, table);
        var matches = 0L;
        var tagging = Throughput(corpus, seconds, () =>
        {
            foreach (var text in corpus.Texts) matches += tagger.Tag(text).Count;
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"tag (ConceptTagger.Tag, 1 thread): {tagging:F1} MB/s, {matches / Math.Max(1, Passes):N0} matches per pass"));

        var watch = Stopwatch.StartNew();
        var terms = lexicon.Concepts.Select((_, i) => lexicon.Terms(i)).SelectMany(t => t).Select(t => t.Text)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var searchValues = SearchValues.Create(terms, StringComparison.OrdinalIgnoreCase);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peer build (SearchValues<string>, {terms.Length:N0} terms): {watch.Elapsed.TotalSeconds:F2} s"));
        var hits = 0L;
        var peer = Throughput(corpus, seconds, () =>
        {
            foreach (var text in corpus.Texts)
            {
                var span = text.AsSpan();
                int index;
                while ((index = span.IndexOfAny(searchValues)) >= 0)
                {
                    hits++;
                    span = span[(index + 1)..];
                }
            }
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"peer (SearchValues<string>.IndexOfAny, raw text, no normalization or boundaries, 1 thread): {peer:F1} MB/s, {hits / Math.Max(1, Passes):N0} hits per pass"));
        return 0;
    }

    private static int Passes { get; set; }

    private static (TimeSpan Elapsed, T Result) Timed<T>(Func<T> action)
    {
        var watch = Stopwatch.StartNew();
        var result = action();
        return (watch.Elapsed, result);
    }

    // One warm-up pass, then whole passes until the time is spent; MB = 10^6 bytes of UTF-8.
    private static double Throughput(TaggingCorpus corpus, double seconds, Action pass)
    {
        pass();
        var watch = Stopwatch.StartNew();
        var passes = 0;
        do
        {
            pass();
            passes++;
        }
        while (watch.Elapsed.TotalSeconds < seconds);
        Passes = passes + 1;
        return corpus.Utf8Bytes * (double)passes / watch.Elapsed.TotalSeconds / 1e6;
    }
}
