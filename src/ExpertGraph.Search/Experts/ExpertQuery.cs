using ExpertGraph.Core.Model;
using ExpertGraph.Search.Careers;

namespace ExpertGraph.Search.Experts;

/// <summary>A topic search for experts. <see cref="Text"/> is free text in any language; Lucene syntax is tolerated, never fatal.</summary>
public sealed record ExpertQuery(string Text)
{
    public WorkKind? Kind { get; init; }
    /// <summary>ISO 3166-1 alpha-2; keeps experts whose institution is in this country.</summary>
    public string? CountryCode { get; init; }
    public int Limit { get; init; } = 20;
    public int TopWorksPerExpert { get; init; } = 3;
    /// <summary>How many best-matching works are aggregated into experts.</summary>
    public int CandidateWorks { get; init; } = 1000;
    /// <summary>Expand the query through the lexicon (when the searcher has one): concepts, both languages, descendants.</summary>
    public bool Expand { get; init; } = true;
    /// <summary>
    /// <see cref="Text"/> is a whole document (a proposal's or manuscript's title and abstract, up to
    /// <see cref="MaxDocumentLength"/> characters): its most distinctive words make the works query, not its syntax.
    /// </summary>
    public bool IsDocument { get; init; }

    /// <summary>Keeps experts whose institution's name contains this text (case ignored) — now, before, or either (<see cref="InstitutionScope"/>).</summary>
    public string? Institution { get; init; }

    public InstitutionScope InstitutionScope { get; init; } = InstitutionScope.Current;

    /// <summary>
    /// ISO 3166-1 alpha-2: keeps experts with ties to this country while they are elsewhere — an affiliation there, or
    /// works written with its institutions. Never inferred from a name.
    /// </summary>
    public string? TiesTo { get; init; }

    /// <summary>Years since the first work (at <see cref="AsOfYear"/>, else this year).</summary>
    public YearRange? CareerAge { get; init; }

    /// <summary>Approximate age (career age + <see cref="PersonCareer.AgeAtFirstWork"/>): no source gives birth years.</summary>
    public YearRange? ApproximateAge { get; init; }

    /// <summary>Keeps experts at any of these career stages (empty: any).</summary>
    public IReadOnlyList<CareerStage> Stages { get; init; } = [];

    /// <summary>Keeps experts with a work in this year or later.</summary>
    public int? ActiveSince { get; init; }

    public bool HasPatents { get; init; }

    /// <summary>Keeps experts with a funded project (grant) on record.</summary>
    public bool HasGrants { get; init; }

    /// <summary>
    /// Ranks on the record as it stood at the end of this year: only works dated up to then count (undated works do not),
    /// for matching, for the expert's field, and for every filter.
    /// </summary>
    public int? AsOfYear { get; init; }

    /// <summary>Whether a filter needs each candidate's career (<see cref="PersonFacts"/>), beyond the work kind and country.</summary>
    public bool FiltersCareers =>
        Institution is not null || TiesTo is not null || CareerAge is not null || ApproximateAge is not null || Stages.Count > 0
        || ActiveSince is not null || HasPatents || HasGrants;

    public const int MaxTextLength = 1000;
    public const int MaxDocumentLength = 100_000;

    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Text)) problems.Add("query text is empty");
        if (!IsDocument && Text is { Length: > MaxTextLength }) problems.Add($"query text is longer than {MaxTextLength} characters (a whole document is searched as one)");
        if (IsDocument && Text is { Length: > MaxDocumentLength }) problems.Add($"query document is longer than {MaxDocumentLength} characters");
        if (Limit is < 1 or > 1000) problems.Add("limit must be between 1 and 1000");
        if (TopWorksPerExpert is < 0 or > 50) problems.Add("top works per expert must be between 0 and 50");
        if (CandidateWorks is < 1 or > 100_000) problems.Add("candidate works must be between 1 and 100000");
        if (CountryCode is { } country && !IsCountryCode(country)) problems.Add($"country '{country}' is not a two-letter ISO 3166 code");
        if (TiesTo is { } ties && !IsCountryCode(ties)) problems.Add($"ties country '{ties}' is not a two-letter ISO 3166 code");
        if (TiesTo is { } tied && CountryCode is { } current && string.Equals(tied, current, StringComparison.OrdinalIgnoreCase))
            problems.Add($"ties to {tied} are what a person elsewhere has: they cannot be asked of persons in {current}");
        if (Institution is { } institution && (string.IsNullOrWhiteSpace(institution) || institution.Length > 200))
            problems.Add("institution must be 1 to 200 characters");
        if (AsOfYear is { } asOf && asOf is < 1000 or > 9999) problems.Add($"as-of year {asOf} is not a four-digit year");
        if (ActiveSince is { } since && since is < 1000 or > 9999) problems.Add($"active-since year {since} is not a four-digit year");
        if (CareerAge is { Min: < 0 } or { Max: < 0 }) problems.Add("career age cannot be negative");
        return problems;
    }

    private static bool IsCountryCode(string code) => code.Length == 2 && code.All(char.IsAsciiLetter);
}

/// <summary>Which of an expert's institutions an institution filter looks at.</summary>
public enum InstitutionScope
{
    /// <summary>Their institution now (at the as-of date).</summary>
    Current,
    /// <summary>An institution they were at before, not their current one.</summary>
    Past,
    /// <summary>Any institution on their record.</summary>
    Any,
}
