using System.Globalization;
using System.Text.Json;

namespace ExpertGraph.Ingestion.Harvesting;

/// <summary>
/// OpenAlex /works: <c>search=</c>, <c>filter=</c> (with <c>from_publication_date</c> for --since), <c>per-page=</c>,
/// <c>cursor=</c>, <c>mailto=</c>. A page is {"meta": {"next_cursor", "count"}, "results": [...]}; the last has
/// next_cursor null. Its cursors are positions in a sorted list: asking again at one gives the same page.
/// </summary>
internal sealed class OpenAlexApi(HarvestOptions options) : HarvestApi(options)
{
    public override Uri PageUri(string cursor, int pageSize) => WorksUri(
    [
        ("search", string.IsNullOrWhiteSpace(Options.Query) ? null : Options.Query.Trim()),
        ("filter", CombinedFilter("from_publication_date")),
        ("per-page", pageSize.ToString(CultureInfo.InvariantCulture)),
        ("cursor", cursor),
        ("mailto", Options.Mailto),
        ("api_key", Options.ApiKey),
    ]);

    protected override HarvestPage ParsePage(JsonElement root)
    {
        var meta = Property(root, "meta", JsonValueKind.Object, "an OpenAlex page");
        var results = Property(root, "results", JsonValueKind.Array, "an OpenAlex page");
        var next = OptionalString(meta, "next_cursor");
        return new HarvestPage(results.GetArrayLength(), string.IsNullOrEmpty(next) ? null : next, OptionalNumber(meta, "count"));
    }
}
