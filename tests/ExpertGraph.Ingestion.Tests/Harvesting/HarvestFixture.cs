using System.Text.Json;
using ExpertGraph.Ingestion.Harvesting;
using ExpertGraph.Tests.Shared;
using ExpertGraph.Tests.Shared.Harvesting;

namespace ExpertGraph.Ingestion.Tests.Harvesting;

/// <summary>A replay server over real recorded pages, a fake clock, an output folder, and what the saved pages hold.</summary>
internal sealed class HarvestFixture : IDisposable
{
    public const string OpenAlexFolder = "records/openalex-works-json/";
    public const string CrossrefFolder = "records/crossref-rest-json/raw_responses/";
    public const string Mailto = "harvest-test@example.org";

    private readonly HttpClient _http = Ingestion.Harvesting.Harvester.CreateHttpClient();

    private HarvestFixture(HarvestSource source, PageChainServer server)
    {
        Source = source;
        Server = server;
        Folder = Directory.CreateTempSubdirectory("eg-harvest-").FullName;
        Server.Hanging = Clock.FireTimeouts;
    }

    public HarvestSource Source { get; }

    public PageChainServer Server { get; }

    public SkippingClock Clock { get; } = new();

    public string Folder { get; }

    public List<string> Log { get; } = [];

    /// <summary>
    /// Five real OpenAlex pages, 177 works, no work on two pages: the four parallel chunks (50, 50, 50, 25) and the
    /// key-paper page (2). (works_biodiversity_finance_page.json shares 83 works with the chunks: it is tested alone.)
    /// </summary>
    public static HarvestFixture OpenAlexChain() => new(HarvestSource.OpenAlex, PageChainServer.OpenAlex(
        SharedData.Path(OpenAlexFolder + "parallel_chunks/chunk_1_page_1.json"),
        SharedData.Path(OpenAlexFolder + "parallel_chunks/chunk_2_page_1.json"),
        SharedData.Path(OpenAlexFolder + "parallel_chunks/chunk_3_page_1.json"),
        SharedData.Path(OpenAlexFolder + "parallel_chunks/chunk_4_page_1.json"),
        SharedData.Path(OpenAlexFolder + "keypaper_results_page_1.json")));

    public static HarvestFixture OpenAlexSingle(string file) => new(HarvestSource.OpenAlex, PageChainServer.OpenAlex(SharedData.Path(OpenAlexFolder + file)));

    /// <summary>
    /// The recorded Crossref cursor run test_cursor_max_0..2 (the same cursor string on all three, as Crossref's scroll
    /// cursors are; 60 distinct DOIs), then the empty page that ends a Crossref list.
    /// </summary>
    public static HarvestFixture CrossrefChain() => new(HarvestSource.Crossref, PageChainServer.Crossref(
        SharedData.Path(CrossrefFolder + "test_cursor_max_0.json"),
        SharedData.Path(CrossrefFolder + "test_cursor_max_1.json"),
        SharedData.Path(CrossrefFolder + "test_cursor_max_2.json")));

    public HarvestOptions Options(string query = "biodiversity finance") => new()
    {
        Source = Source,
        Query = query,
        OutputFolder = Folder,
        Mailto = Mailto,
        BaseUrl = Server.BaseUrl,
        // Long enough that a loaded machine never times out a page by mistake: the clock is fake, timeouts fire only on a hang.
        AttemptTimeout = TimeSpan.FromSeconds(30),
    };

    public Harvester Harvester(HarvestOptions? options = null, Action<int>? pageWritten = null, Action<int>? stateSaved = null) =>
        new(options ?? Options(), _http, Clock, Log.Add) { PageWritten = pageWritten, StateSaved = stateSaved };

    public Task<HarvestSummary> RunAsync(HarvestOptions? options = null) => Harvester(options).RunAsync();

    public string[] PageFiles() => [.. Directory.GetFiles(Folder, "page-*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    /// <summary>The record ids in every saved page, page by page (OpenAlex ids, Crossref DOIs).</summary>
    public List<string> SavedIds() => [.. PageFiles().SelectMany(f => IdsOf(File.ReadAllBytes(Path.Combine(Folder, f))))];

    /// <summary>The record ids of every page the server holds, in chain order.</summary>
    public List<string> ServedIds() => [.. Server.Pages.SelectMany(IdsOf)];

    public IEnumerable<string> IdsOf(byte[] page)
    {
        using var document = JsonDocument.Parse(page);
        var records = Source == HarvestSource.OpenAlex ? document.RootElement.GetProperty("results") : document.RootElement.GetProperty("message").GetProperty("items");
        return [.. records.EnumerateArray().Select(r => r.GetProperty(Source == HarvestSource.OpenAlex ? "id" : "DOI").GetString()!)];
    }

    public JsonElement State()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, ".harvest-state.json")));
        return document.RootElement.Clone();
    }

    public void Dispose()
    {
        Server.Dispose();
        _http.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
