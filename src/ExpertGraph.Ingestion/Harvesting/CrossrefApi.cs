using System.Globalization;
using System.Text.Json;

namespace ExpertGraph.Ingestion.Harvesting;

/// <summary>
/// Crossref /works: <c>query=</c>, <c>filter=</c> (with <c>from-update-date</c> for --since), <c>rows=</c>,
/// <c>cursor=</c>; the polite pool by User-Agent. A page is {"message-type": "work-list", "message": {"next-cursor",
/// "total-results", "items": [...]}}; the list ends with a page of no items. Its cursors are scroll contexts: each
/// request moves them on (the same cursor string comes back page after page), and they expire after minutes unused.
/// </summary>
internal sealed class CrossrefApi(HarvestOptions options) : HarvestApi(options)
{
    public override Uri PageUri(string cursor, int pageSize) => WorksUri(
    [
        ("query", string.IsNullOrWhiteSpace(Options.Query) ? null : Options.Query.Trim()),
        ("filter", CombinedFilter("from-update-date")),
        ("rows", pageSize.ToString(CultureInfo.InvariantCulture)),
        ("cursor", cursor),
    ]);

    protected override HarvestPage ParsePage(JsonElement root)
    {
        var type = OptionalString(root, "message-type");
        if (!string.Equals(type, "work-list", StringComparison.Ordinal))
            throw new HarvestBodyException($"a Crossref answer of message-type '{type}', not a work-list");
        var message = Property(root, "message", JsonValueKind.Object, "a Crossref work-list");
        var items = Property(message, "items", JsonValueKind.Array, "a Crossref work-list message");
        var count = items.GetArrayLength();
        var next = OptionalString(message, "next-cursor");
        // No items: the end of the list, whatever cursor came with it.
        return new HarvestPage(count, count == 0 || string.IsNullOrEmpty(next) ? null : next, OptionalNumber(message, "total-results"));
    }
}
