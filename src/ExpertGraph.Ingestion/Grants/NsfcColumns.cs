namespace ExpertGraph.Ingestion.Grants;

/// <summary>
/// Where each NSFC column sits in a file's header. The scraper wrote two layouts (per-code files start with "index",
/// all_search_results.csv with "searchYear"), so columns are found by name, never by position.
/// </summary>
internal sealed class NsfcColumns
{
    /// <summary>Columns without which a header is not an NSFC grant list.</summary>
    public static readonly string[] Required =
        ["approveText", "title", "codeText", "fundTypeText", "personText", "money", "approveYear", "organization", "keywords"];

    private NsfcColumns(int fieldCount, Dictionary<string, int> indexByName)
    {
        FieldCount = fieldCount;
        ApproveText = indexByName["approveText"];
        Title = indexByName["title"];
        CodeText = indexByName["codeText"];
        FundTypeText = indexByName["fundTypeText"];
        SearchFund = indexByName.GetValueOrDefault("searchFund", -1);
        PersonText = indexByName["personText"];
        Money = indexByName["money"];
        ApproveYear = indexByName["approveYear"];
        Organization = indexByName["organization"];
        Keywords = indexByName["keywords"];
    }

    public int FieldCount { get; }
    public int ApproveText { get; }
    public int Title { get; }
    public int CodeText { get; }
    public int FundTypeText { get; }
    /// <summary>-1 when the file has no searchFund column.</summary>
    public int SearchFund { get; }
    public int PersonText { get; }
    public int Money { get; }
    public int ApproveYear { get; }
    public int Organization { get; }
    public int Keywords { get; }

    /// <summary>Maps a header row, or returns null and names the first required column it lacks.</summary>
    public static NsfcColumns? FromHeader(IReadOnlyList<string> header, out string? missing)
    {
        var indexByName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++) indexByName.TryAdd(header[i].Trim(), i);
        missing = Required.FirstOrDefault(name => !indexByName.ContainsKey(name));
        return missing is null ? new NsfcColumns(header.Count, indexByName) : null;
    }
}
