using ExpertGraph.Core.Model;

namespace ExpertGraph.Ingestion.Pipeline;

/// <summary>
/// What the store stage hands the index stage: documents of works the store has committed, and, when a group of files
/// is complete in the store, those files to checkpoint once their documents are committed in the index.
/// </summary>
internal sealed record IndexBatch(IReadOnlyList<IndexItem> Items, IReadOnlyList<FileState>? CompletedFiles = null);

/// <summary>One work document to write.</summary>
internal sealed record IndexItem(WorkId Id, Work Work, IReadOnlyList<PersonId> Persons, IReadOnlyList<string> Countries)
{
    /// <summary>Persons the work's earlier version named and this one does not: their expert documents are redone too.</summary>
    public IReadOnlyList<PersonId> Displaced { get; init; } = [];
}
