using ExpertGraph.Core.Model;
using ExpertGraph.Core.Resolution;
using ExpertGraph.Core.Storage;
using ExpertGraph.Search.Careers;

namespace ExpertGraph.Query.Profiles;

/// <summary>
/// Everything known of one person (一人一册): names, where and when they worked, what they work on, what they wrote,
/// with whom, and how sure resolution is that the mentions are one person. The data behind <c>expertgraph show</c>
/// and the one-person report; docs/profile.md.
/// </summary>
public sealed record ExpertProfile
{
    public required PersonId Id { get; init; }

    public required string DisplayName { get; init; }

    public string? Orcid { get; init; }

    /// <summary>The institution and country the person is listed with (their latest known).</summary>
    public string? Institution { get; init; }

    public string? CountryCode { get; init; }

    /// <summary>Every name the person was written as, in ordinal order.</summary>
    public required IReadOnlyList<string> NameVariants { get; init; }

    /// <summary>Institutions from the person's authorships with the years of the first and last work there, latest first.</summary>
    public required IReadOnlyList<AffiliationSpan> Affiliations { get; init; }

    /// <summary>The strongest concepts at <see cref="ProfileOptions.DisciplineLevel"/>.</summary>
    public required ConceptLevelProfile Disciplines { get; init; }

    /// <summary>The strongest concepts at <see cref="ProfileOptions.SubfieldLevel"/>.</summary>
    public required ConceptLevelProfile Subfields { get; init; }

    /// <summary>Works of each kind per year, latest year first, works without a year last.</summary>
    public required IReadOnlyList<WorkYearCount> WorksByYear { get; init; }

    public required IReadOnlyList<PersonWork> RecentWorks { get; init; }

    /// <summary>Most cited first; works with no citation count, or none, are not listed.</summary>
    public required IReadOnlyList<PersonWork> MostCitedWorks { get; init; }

    /// <summary>The co-authors with the most shared works (then the most recent), at most <see cref="ProfileOptions.Coauthors"/>.</summary>
    public required IReadOnlyList<Coauthor> Coauthors { get; init; }

    public required ProfileStatistics Statistics { get; init; }

    /// <summary>
    /// The career as scout filters read it (docs/filters.md): current institution (of the latest work), stage, field and
    /// impact percentile within it. Null for a person without works.
    /// </summary>
    public PersonCareer? Career { get; init; }

    /// <summary>Null when no resolver weighed the person (the exact-key resolver made it).</summary>
    /// <summary>Saved profile pages matched to the person: what the person's own pages state, as evidence beside the records.</summary>
    public IReadOnlyList<StoredProfilePage> ProfilePages { get; init; } = [];

    public PersonResolution? Resolution { get; init; }

    /// <summary>
    /// Writes happened since the derived tables were rebuilt (an interrupted ingest): statistics and concepts may lag
    /// the works and co-authors, which are read as they are.
    /// </summary>
    public bool DerivedTablesStale { get; init; }
}
