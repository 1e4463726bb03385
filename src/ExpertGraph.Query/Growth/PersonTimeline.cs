using ExpertGraph.Search.Careers;

namespace ExpertGraph.Query.Growth;

/// <summary>
/// A person's record year by year (<c>expertgraph show --timeline</c>): works, citations and h-index as of each year,
/// co-authors, the institution then and the strongest subfield of the year's works; and the institutions with the years
/// of the first and last work at each.
/// </summary>
public sealed record PersonTimeline(long Person, string DisplayName, IReadOnlyList<TimelineYear> Years, IReadOnlyList<AffiliationFact> Affiliations, int WorksWithCitations, int DatedWorks)
{
    /// <summary>What the citation columns can be trusted for, in one line.</summary>
    public string CitationNote => WorksWithCitations == 0
        ? "no source gives citation counts for these works: citations and h-index are 0, growth is read from works"
        : $"citations as the sources give them at harvest, not as they stood each year ({WorksWithCitations} of {DatedWorks} dated works carry a count): a past h-index is over-stated";
}

/// <summary>
/// One year of a timeline: the year's works, all works up to it, citations of those works (today's counts) and the
/// h-index over them, co-authors first met that year and all up to it, the institution as of the year's end.
/// </summary>
public sealed record TimelineYear(int Year, int Works, int TotalWorks, long Citations, int HIndex, int NewCoauthors, int Coauthors, string? Institution, string? CountryCode, string? Subfield);
