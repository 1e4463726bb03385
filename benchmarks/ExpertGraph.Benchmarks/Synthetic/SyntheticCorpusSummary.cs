namespace ExpertGraph.Benchmarks.Synthetic;

/// <summary>What a run wrote: the files in order, and the totals a benchmark reports beside its timings.</summary>
/// <param name="Files">Absolute paths of the JSON-lines files, in work order.</param>
/// <param name="Works">Lines written.</param>
/// <param name="Persons">Distinct author ids written.</param>
/// <param name="Authorships">Author entries over all works.</param>
/// <param name="Bytes">Total size of the files.</param>
public sealed record SyntheticCorpusSummary(IReadOnlyList<string> Files, int Works, int Persons, long Authorships, long Bytes);
