namespace ExpertGraph.Benchmarks.Graph;

/// <summary>Size and seed of a synthetic collaboration graph: exactly <see cref="Edges"/> distinct undirected edges.</summary>
public sealed record SyntheticGraphOptions(int Persons, long Edges, int Seed)
{
    public void Validate()
    {
        var problems = new List<string>();
        if (Persons < 100) problems.Add($"persons must be at least 100 (got {Persons})");
        if (Edges < Persons) problems.Add($"edges must be at least the number of persons, {Persons} (got {Edges})");
        // Beyond ~10% density a person would co-author with a tenth of everyone: not a collaboration graph any more.
        if (Persons >= 100 && Edges > (long)Persons * (Persons - 1) / 20) problems.Add($"edges must be at most {(long)Persons * (Persons - 1) / 20} for {Persons} persons (got {Edges})");
        if (problems.Count > 0) throw new ArgumentException(string.Join("; ", problems));
    }
}
