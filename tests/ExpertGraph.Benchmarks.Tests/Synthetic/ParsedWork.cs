namespace ExpertGraph.Benchmarks.Tests.Synthetic;

internal sealed record ParsedWork(string Id, string Language, int Year, string Title, IReadOnlyList<ParsedAuthor> Authors);
