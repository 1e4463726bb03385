using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Graph;

namespace ExpertGraph.Query.Graph;

/// <summary>
/// Builds the in-memory collaboration graph from the store: every person is a node (one with no collaborator still
/// belongs to it), every derived collaboration row an edge of its work kind, with a <see cref="TieStrength"/>. Two
/// streamed reads; nothing but the builder's arrays is held.
/// </summary>
public static class StoreGraphLoader
{
    /// <param name="referenceYear">The year tie recency is counted back from (the current year, normally).</param>
    public static CollaborationGraph Load(IExpertStore store, int referenceYear, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var builder = new GraphBuilder();
        foreach (var person in store.ReadPersonIds(cancellationToken)) builder.AddNode(person.Value);
        foreach (var row in store.ReadCollaborations(cancellationToken))
            builder.AddEdge(row.A.Value, row.B.Value, EdgeKindNames.Of(row.Kind), TieStrength.Of(row, referenceYear));
        return builder.Build();
    }

    /// <summary>
    /// The graph from the snapshot file when it was saved from the store's current derived tables in the same reference
    /// year; otherwise built from the store and saved for the next time. The snapshot is a cache: a data folder where it
    /// cannot be written just goes without, and a damaged one is rebuilt.
    /// </summary>
    public static (CollaborationGraph Graph, bool FromSnapshot) LoadCached(IExpertStore store, string snapshotPath, int referenceYear, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var generation = store.DerivedGeneration;
        if (generation != 0 && GraphSnapshot.TryRead(snapshotPath, generation, referenceYear) is { } saved) return (saved, true);
        var graph = Load(store, referenceYear, cancellationToken);
        // Saved only if no rebuild of the derived tables finished while the graph was read.
        if (generation != 0 && store.DerivedGeneration == generation)
        {
            try
            {
                GraphSnapshot.Write(graph, snapshotPath, generation, referenceYear);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A read-only data folder: every load builds from the store.
            }
        }

        return (graph, false);
    }

    /// <summary>The person a node stands for.</summary>
    public static PersonId PersonOf(this CollaborationGraph graph, int node) => new(graph.IdOf(node));
}
