namespace ExpertGraph.Search.Expansion;

/// <summary>How far a query is expanded through the lexicon.</summary>
public sealed record ExpansionOptions
{
    /// <summary>Child steps below a named concept whose works also match (0: the named concepts only).</summary>
    public int DescendantDepth { get; init; } = 1;

    /// <summary>Boost factor per child step.</summary>
    public double DescendantDecay { get; init; } = 0.5;

    /// <summary>Terms of a named concept searched as text (the strongest: preferred labels, then synonyms, …).</summary>
    public int TermsPerConcept { get; init; } = 12;

    /// <summary>Descendants taken per named concept, nearest and then in id order.</summary>
    public int MaxDescendants { get; init; } = 40;

    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (DescendantDepth is < 0 or > 8) problems.Add("expansion depth must be between 0 and 8");
        if (DescendantDecay is <= 0 or > 1 || double.IsNaN(DescendantDecay)) problems.Add("descendant decay must be in (0, 1]");
        if (TermsPerConcept is < 1 or > 100) problems.Add("terms per concept must be between 1 and 100");
        if (MaxDescendants is < 0 or > 1000) problems.Add("max descendants must be between 0 and 1000");
        return problems;
    }
}
