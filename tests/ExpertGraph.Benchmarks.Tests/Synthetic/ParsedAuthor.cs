namespace ExpertGraph.Benchmarks.Tests.Synthetic;

internal sealed record ParsedAuthor(string Id, string Name, string? Orcid, string InstitutionId, string InstitutionName, string CountryCode);
