namespace ExpertGraph.Core.Model;

/// <summary>Store-assigned id of a work (paper, patent or project).</summary>
public readonly record struct WorkId(long Value)
{
    public override string ToString() => $"W{Value}";
}

/// <summary>Store-assigned id of a resolved person; stable across re-runs.</summary>
public readonly record struct PersonId(long Value)
{
    public override string ToString() => $"P{Value}";
}

/// <summary>Store-assigned id of an institution.</summary>
public readonly record struct InstitutionId(long Value)
{
    public override string ToString() => $"I{Value}";
}
