using ExpertGraph.Core.Model;

namespace ExpertGraph.Query.Peers;

/// <summary>Same-field peers of similar standing (小同行) of one person.</summary>
public sealed record PeerQuery(PersonId Person)
{
    public int K { get; init; } = 20;

    /// <summary>ISO 3166-1 alpha-2: only peers whose institution is in this country.</summary>
    public string? CountryCode { get; init; }

    /// <summary>Leave out the person's direct collaborators (a shared paper, patent or project).</summary>
    public bool ExcludeCoauthors { get; init; }

    /// <summary>Only peers whose standing in the field is near the person's (within <see cref="LevelBand"/> percentiles).</summary>
    public bool MatchLevel { get; init; } = true;

    /// <summary>How far a peer's impact percentile in the field may lie from the person's.</summary>
    public double LevelBand { get; init; } = 0.25;

    /// <summary>The field: this many persons nearest the person in the semantic space, among whom standing is ranked.</summary>
    public int FieldSize { get; init; } = 200;

    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (K is < 1 or > 1000) problems.Add("k must be between 1 and 1000");
        if (LevelBand is < 0 or > 1 || double.IsNaN(LevelBand)) problems.Add("the level band must be between 0 and 1");
        if (FieldSize is < 2 or > 100_000) problems.Add("the field size must be between 2 and 100000");
        if (CountryCode is { } country && (country.Length != 2 || !country.All(char.IsAsciiLetter)))
            problems.Add($"country '{country}' is not a two-letter ISO 3166 code");
        return problems;
    }
}
