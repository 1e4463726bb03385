namespace ExpertGraph.Core.Storage;

/// <summary>Row counts per table; tests compare them across runs (idempotency, crash recovery).</summary>
public sealed record StoreCounts(
    long Works,
    long Persons,
    long PersonKeys,
    long NameVariants,
    long Institutions,
    long Authorships,
    long Identifiers,
    long Collaborations,
    long Quarantined,
    long Files)
{
    /// <summary>Files checkpointed complete: their documents were committed to the index.</summary>
    public long CompletedFiles { get; init; }
}
