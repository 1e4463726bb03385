namespace ExpertGraph.Search.Careers;

/// <summary>
/// A person's career as the record showed it at a date (<see cref="PersonFacts.Career"/>): what they wrote by then, where
/// they were, how long they have published and where that puts them in their field.
/// </summary>
public sealed record PersonCareer(long Person)
{
    /// <summary>The age a person is taken to have at their first work, to approximate an age from a career age.</summary>
    public const int AgeAtFirstWork = 26;

    public int Works { get; init; }
    public int Papers { get; init; }
    public int Patents { get; init; }
    public int Projects { get; init; }
    /// <summary>Citations of those works as their sources give them today (a past date does not make them fewer).</summary>
    public int Citations { get; init; }
    /// <summary>h-index within the corpus over those works.</summary>
    public int HIndex { get; init; }
    public int? FirstYear { get; init; }
    public int? LastYear { get; init; }
    /// <summary>Years from the first work to the date asked about; null without a dated work.</summary>
    public int? CareerAge { get; init; }
    /// <summary>No source gives a birth year, so an age is approximated: career age + <see cref="AgeAtFirstWork"/>, always labelled "≈".</summary>
    public int? ApproximateAge => CareerAge + AgeAtFirstWork;
    /// <summary>The lexicon concept at <see cref="PersonFacts.FieldLevel"/> strongest in their profile; null: none.</summary>
    public string? Field { get; init; }
    /// <summary>Where their impact (h-index, then works) stands among the persons of the same field: 0–1, ties count half.</summary>
    public double FieldPercentile { get; init; }
    public CareerStage Stage { get; init; }
    /// <summary>Their institution at the date: the one of their latest dated work (more works break a tie); null: none known.</summary>
    public AffiliationFact? Current { get; init; }
    /// <summary>The current institution's country, else the country stored with the person.</summary>
    public string? CountryCode { get; init; }
    /// <summary>Every institution of their works up to the date, latest first.</summary>
    public IReadOnlyList<AffiliationFact> Affiliations { get; init; } = [];
}

/// <summary>A person at an institution: the years of the first and last work written there and how many works.</summary>
public sealed record AffiliationFact(long InstitutionId, string Name, string? CountryCode, int? FirstYear, int? LastYear, int Works);

/// <summary>
/// Why a person currently elsewhere has ties to a country: their affiliations there, and how many works they wrote with
/// institutions there (co-authors' affiliations), with the years those works span.
/// </summary>
public sealed record CountryTie(string CountryCode, IReadOnlyList<AffiliationFact> Affiliations, int CollaborationWorks, int? FirstYear, int? LastYear)
{
    public string Describe()
    {
        var parts = new List<string>();
        if (Affiliations.Count > 0)
            parts.Add("affiliated in " + CountryCode + ": " + string.Join(", ", Affiliations.Select(a => $"{a.Name} {Years(a.FirstYear, a.LastYear)}".TrimEnd())));
        if (CollaborationWorks > 0)
            parts.Add($"{CollaborationWorks} work(s) with institutions in {CountryCode} {Years(FirstYear, LastYear)}".TrimEnd());
        return string.Join("; ", parts);
    }

    internal static string Years(int? first, int? last) => (first, last) switch
    {
        (null, _) => "",
        ({ } f, { } l) when f != l => $"{f}–{l}",
        ({ } f, _) => $"{f}",
    };
}

/// <summary>
/// A candidate's career at a glance (<see cref="PersonFacts.Glance"/>): what every filter but the institution history
/// and country ties reads, and every facet.
/// </summary>
public readonly record struct CareerGlance(
    long Person,
    int? FirstYear,
    int? LastYear,
    int? CareerAge,
    int Patents,
    int Projects,
    CareerStage Stage,
    long? InstitutionId,
    string? InstitutionName,
    string? CountryCode)
{
    public int? ApproximateAge => CareerAge + PersonCareer.AgeAtFirstWork;

    /// <summary>Works up to the date.</summary>
    public int Works { get; init; }

    /// <summary>Citations of those works (as the sources give them today).</summary>
    public int Citations { get; init; }

    /// <summary>h-index within the corpus over those works.</summary>
    public int HIndex { get; init; }

    /// <summary>Impact percentile within the field (what the stage is read from).</summary>
    public double FieldPercentile { get; init; }
}
