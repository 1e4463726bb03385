using System.Collections.Frozen;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>
/// Crossref's record types (api.crossref.org/types) and which of them are works. Every type a person writes or edits
/// is a paper, books, reports, datasets, dissertations, preprints and peer reviews included; a record without a type
/// (a response reduced with select=) is one too. Containers (journals, issues, volumes, series), components (a
/// figure's or table's own DOI) and grants are not: they are skipped with their reason.
/// </summary>
internal static class CrossrefWorkTypes
{
    private static readonly FrozenDictionary<string, string> NotWorks = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["component"] = "Crossref component (a figure, table or supplement of another work), not a work",
        ["journal"] = Container("journal"),
        ["journal-volume"] = Container("journal-volume"),
        ["journal-issue"] = Container("journal-issue"),
        ["proceedings-series"] = Container("proceedings-series"),
        ["book-series"] = Container("book-series"),
        ["book-set"] = Container("book-set"),
        ["report-series"] = Container("report-series"),
        ["database"] = Container("database"),
        ["grant"] = "Crossref grant: its projects and investigators are not mapped by this reader",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Types that CSL does not have (CSL says article-journal, chapter, paper-conference, thesis, …): a record typed so
    // is Crossref's own, whatever else it looks like.
    private static readonly FrozenSet<string> CrossrefOnly = new[]
    {
        "journal-article", "book-chapter", "proceedings-article", "posted-content", "component", "journal", "journal-issue",
        "journal-volume", "book-section", "book-part", "book-track", "book-set", "book-series", "edited-book",
        "reference-book", "reference-entry", "monograph", "proceedings", "proceedings-series", "report-series",
        "report-component", "dissertation", "peer-review", "grant", "database",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Why a record of this type is skipped, or null when it is a work.</summary>
    public static string? SkipReason(string? type) => type is not null && NotWorks.TryGetValue(type, out var reason) ? reason : null;

    public static bool IsCrossrefOnly(string type) => CrossrefOnly.Contains(type);

    private static string Container(string type) => $"Crossref {type} (a container of works), not a work";
}
