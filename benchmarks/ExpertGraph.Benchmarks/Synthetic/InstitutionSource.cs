namespace ExpertGraph.Benchmarks.Synthetic;

/// <summary>A real institution from CSRankings: its faculty count is its size in the synthetic world.</summary>
internal sealed record InstitutionSource(string Name, string CountryCode, string Region, int Faculty);
