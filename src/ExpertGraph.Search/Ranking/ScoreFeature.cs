namespace ExpertGraph.Search.Ranking;

/// <summary>One reason in an expert's score: what was measured, its value, and how much it added to the score.</summary>
public sealed record ScoreFeature(string Name, double Value, double Contribution);
