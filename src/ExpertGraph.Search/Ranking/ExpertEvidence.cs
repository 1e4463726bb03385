namespace ExpertGraph.Search.Ranking;

/// <summary>
/// What is known of a candidate for one query before combining: the summed relevance of their matching works (and that
/// sum relative to the best candidate's), the cosine of the query and their field in the semantic space (null without
/// one), how many works they have in all and how many of them matched.
/// </summary>
public sealed record ExpertEvidence(long Person, double Relevance, double RelativeRelevance, double? FieldSimilarity, int Works, int MatchedWorks);
