using System.Text.Json;
using ExpertGraph.Benchmarks.Synthetic;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Benchmarks.Tests.Synthetic;

/// <summary>
/// One 10,000-work corpus written once for all realism tests (generation reads ~10 MB of shared data), parsed into the
/// few fields the tests look at.
/// </summary>
internal sealed class GeneratedCorpus
{
    public const int Seed = 20241129;
    public const int Works = 10_000;

    private static readonly Lazy<NameSources> Sources = new(() => NameSources.Load(DataRootUnchecked()));
    private static readonly Lazy<GeneratedCorpus> TenThousand = new(() => Generate(Works, Seed));

    private GeneratedCorpus(string folder, SyntheticCorpusSummary summary, List<ParsedWork> parsed)
    {
        Folder = folder;
        Summary = summary;
        Parsed = parsed;
    }

    public string Folder { get; }

    public SyntheticCorpusSummary Summary { get; }

    public IReadOnlyList<ParsedWork> Parsed { get; }

    /// <summary>The shared data root; ignores the calling test (fails under CI) when it is absent.</summary>
    public static string DataRoot() => Path.GetDirectoryName(SharedData.Path("records"))!;

    public static NameSources LoadSources()
    {
        DataRoot();
        return Sources.Value;
    }

    public static GeneratedCorpus TenThousandWorks()
    {
        DataRoot();
        TestContext.Out.WriteLine($"synthetic corpus: {Works} works, seed {Seed}");
        return TenThousand.Value;
    }

    /// <summary>All folders of this test run, deleted by <see cref="TemporaryFolders"/> when the run ends.</summary>
    public static string RunFolder { get; } =
        Path.Combine(Path.GetTempPath(), "expertgraph-synthetic-tests", Guid.NewGuid().ToString("N"));

    public static string NewTempFolder() => Path.Combine(RunFolder, Guid.NewGuid().ToString("N"));

    private static string DataRootUnchecked() => Path.GetDirectoryName(SharedData.Path("records"))!;

    private static GeneratedCorpus Generate(int works, int seed)
    {
        var folder = NewTempFolder();
        var options = new SyntheticCorpusOptions { Works = works, Seed = seed, WorksPerFile = 4_000 };
        var summary = SyntheticCorpusGenerator.Write(folder, options, Sources.Value);
        var parsed = new List<ParsedWork>(works);
        foreach (var file in summary.Files)
            foreach (var line in File.ReadLines(file))
                parsed.Add(Parse(line));
        return new GeneratedCorpus(folder, summary, parsed);
    }

    private static ParsedWork Parse(string line)
    {
        using var document = JsonDocument.Parse(line);
        var work = document.RootElement;
        var authors = new List<ParsedAuthor>();
        foreach (var authorship in work.GetProperty("authorships").EnumerateArray())
        {
            var author = authorship.GetProperty("author");
            var institution = authorship.GetProperty("institutions")[0];
            authors.Add(new ParsedAuthor(author.GetProperty("id").GetString()!, author.GetProperty("display_name").GetString()!,
                author.GetProperty("orcid").GetString(), institution.GetProperty("id").GetString()!,
                institution.GetProperty("display_name").GetString()!, institution.GetProperty("country_code").GetString()!));
        }

        return new ParsedWork(work.GetProperty("id").GetString()!, work.GetProperty("language").GetString()!,
            work.GetProperty("publication_year").GetInt32(), work.GetProperty("title").GetString()!, authors);
    }
}
