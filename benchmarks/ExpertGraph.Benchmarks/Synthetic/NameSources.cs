namespace ExpertGraph.Benchmarks.Synthetic;

/// <summary>
/// The real distributions a synthetic corpus is drawn from, read from the shared data folder at generation time and
/// never copied into the repository (CSRankings and NSFC are not ours to redistribute): person names, institutions and
/// countries, title words, venues, topics.
/// </summary>
public sealed class NameSources
{
    private const string CsRankings = "graphs/csrankings/head-2024-10/csrankings.csv";
    private const string Institutions = "graphs/csrankings/head-2024-10/institutions.csv";
    private const string CountryInfo = "graphs/csrankings/head-2024-10/country-info.csv";
    private const string NsfcGrants = "records/nsfc-china-grants/19_21";
    private const string CcCedict = "vocabularies/cc-cedict/cedict_1_0_ts_utf-8_mdbg.txt.gz";
    private const string DblpSample = "records/dblp-xml-sample/dblp-sample.xml";
    private const string OpenAlexWorks = "records/openalex-works-json/works_biodiversity_finance_200.jsonl";
    private const string OpenAlexTopics = "vocabularies/openalex-topics/openalex_topics_hierarchy.tsv";

    private NameSources(FacultyDirectory faculty, NsfcGrantSource nsfc, TitleSources titles, TopicCatalog topics)
    {
        Faculty = faculty;
        Nsfc = nsfc;
        Titles = titles;
        Topics = topics;
    }

    /// <summary>The files and folders, relative to the shared data root, that <see cref="Load"/> reads.</summary>
    public static IReadOnlyList<string> RelativePaths { get; } =
        [CsRankings, Institutions, CountryInfo, NsfcGrants, CcCedict, DblpSample, OpenAlexWorks, OpenAlexTopics];

    internal FacultyDirectory Faculty { get; }

    internal NsfcGrantSource Nsfc { get; }

    internal TitleSources Titles { get; }

    internal TopicCatalog Topics { get; }

    /// <summary>Reads every source under <paramref name="sharedDataRoot"/> (the folder holding records/, graphs/, vocabularies/).</summary>
    /// <exception cref="FileNotFoundException">One or more sources are absent; the message names each of them.</exception>
    public static NameSources Load(string sharedDataRoot)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sharedDataRoot);
        string Full(string relative) => Path.GetFullPath(Path.Combine(sharedDataRoot, relative));

        var missing = RelativePaths.Select(Full).Where(path => !File.Exists(path) && !Directory.Exists(path)).ToList();
        if (missing.Count > 0)
            throw new FileNotFoundException(
                "The synthetic corpus draws names, institutions and title words from real data, but these sources are missing: "
                + string.Join(", ", missing) + ". Point the generator at the shared data folder (../shared/data).",
                missing[0]);

        var pinyin = PinyinTable.Load(Full(CcCedict));
        return new NameSources(
            FacultyDirectory.Load(Full(CsRankings), Full(Institutions), Full(CountryInfo), pinyin),
            NsfcGrantSource.Load(Full(NsfcGrants), pinyin),
            TitleSources.Load(Full(DblpSample), Full(OpenAlexWorks)),
            TopicCatalog.Load(Full(OpenAlexTopics)));
    }
}
