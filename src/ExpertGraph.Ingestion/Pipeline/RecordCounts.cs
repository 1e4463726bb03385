namespace ExpertGraph.Ingestion.Pipeline;

/// <summary>What happened to the records of a run. <see cref="Read"/> always equals the sum of the outcomes.</summary>
public sealed class RecordCounts
{
    public long Inserted { get; private set; }
    public long Updated { get; private set; }
    public long Unchanged { get; private set; }
    public long Quarantined { get; private set; }
    public long Skipped { get; private set; }

    public long Read => Inserted + Updated + Unchanged + Quarantined + Skipped;

    /// <summary>Works written to the store (new or changed).</summary>
    public long Stored => Inserted + Updated;

    internal void AddInserted() => Inserted++;
    internal void AddUpdated() => Updated++;
    internal void AddUnchanged() => Unchanged++;
    internal void AddQuarantined() => Quarantined++;
    internal void AddSkipped() => Skipped++;

    internal void Add(RecordCounts other)
    {
        Inserted += other.Inserted;
        Updated += other.Updated;
        Unchanged += other.Unchanged;
        Quarantined += other.Quarantined;
        Skipped += other.Skipped;
    }
}
