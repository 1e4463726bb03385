namespace ExpertGraph.Search.Semantic;

/// <summary>How the semantic space is fitted. Defaults follow the usual latent semantic analysis settings; see docs/ranking.md.</summary>
public sealed record SemanticSpaceOptions
{
    /// <summary>Latent dimensions; null: <see cref="DimensionsFor"/> the number of works fitted.</summary>
    public int? Dimensions { get; init; }

    /// <summary>A term in fewer works than this is noise for the space (a typo, a one-off name).</summary>
    public int MinDocumentFrequency { get; init; } = 2;

    /// <summary>A term in more than this share of the works says nothing about their field.</summary>
    public double MaxDocumentFrequencyRatio { get; init; } = 0.25;

    /// <summary>The most frequent terms kept when more pass the frequency limits.</summary>
    public int MaxTerms { get; init; } = 200_000;

    /// <summary>At most this many works (every n-th, in id order) fit the space; every work is then projected into it.</summary>
    public int MaxFitWorks { get; init; } = 100_000;

    public int Seed { get; init; } = 1;

    /// <summary>
    /// √works / 1.5 between 16 and 128: a few dozen topics for a corpus of thousands, more as it grows, capped so vectors
    /// stay small (a person's is 128 bytes). Chosen on the expert-finding benchmark, where 20–32 score alike (benchmarks/RESULTS.md).
    /// </summary>
    public static int DimensionsFor(int works) => Math.Clamp((int)Math.Round(Math.Sqrt(works) / 1.5), 16, 128);

    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Dimensions is < 1 or > 1024) problems.Add("dimensions must be between 1 and 1024");
        if (MinDocumentFrequency < 1) problems.Add("the minimum document frequency must be at least 1");
        if (MaxDocumentFrequencyRatio is <= 0 or > 1 || double.IsNaN(MaxDocumentFrequencyRatio)) problems.Add("the maximum document frequency ratio must be in (0, 1]");
        if (MaxTerms < 1) problems.Add("the maximum number of terms must be at least 1");
        if (MaxFitWorks < 1) problems.Add("the maximum number of works fitted must be at least 1");
        return problems;
    }
}
