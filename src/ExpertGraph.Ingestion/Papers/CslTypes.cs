using System.Collections.Frozen;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>The item types of the Citation Style Language (CSL 1.0.2 specification, "Appendix III - Types").</summary>
internal static class CslTypes
{
    private static readonly FrozenSet<string> All = new[]
    {
        "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast", "chapter",
        "classic", "collection", "dataset", "document", "entry", "entry-dictionary", "entry-encyclopedia", "event",
        "figure", "graphic", "hearing", "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture",
        "musical_score", "pamphlet", "paper-conference", "patent", "performance", "periodical", "personal_communication",
        "post", "post-weblog", "regulation", "report", "review", "review-book", "software", "song", "speech", "standard",
        "thesis", "treaty", "webpage",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsCslType(string type) => All.Contains(type);
}
