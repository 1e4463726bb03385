namespace ExpertGraph.Search.Ranking;

/// <summary>
/// What is known of a candidate for one query before combining: the summed relevance of their matching works (and that
/// sum relative to the best candidate's), the cosine of the query and their field in the semantic space (null without
/// one), how many works they have in all and how many of them matched; with person facts, their priors.
/// </summary>
public sealed record ExpertEvidence(long Person, double Relevance, double RelativeRelevance, double? FieldSimilarity, int Works, int MatchedWorks)
{
    /// <summary>What the record says of the person beyond this query (at the query's date); null without person facts.</summary>
    public ExpertPriors? Priors { get; init; }

    /// <summary>The share of the person's works that matched: how much of their work is this topic (field concentration).</summary>
    public double Concentration => Works > 0 ? Math.Min(1, (double)MatchedWorks / Works) : 0;
}

/// <summary>
/// Query-independent evidence of a candidate, at the query's date: h-index within the corpus, citations where the
/// sources give them, works in the last five years (activity), impact percentile within the field, and how many of
/// their works are patents or funded projects (kind mix).
/// </summary>
public sealed record ExpertPriors(int HIndex, int Citations, int RecentWorks, double FieldPercentile, int PatentsAndProjects);
