using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Graph;

namespace ExpertGraph.Query.Graph;

/// <summary>
/// Builds the in-memory collaboration graph from the store: every person is a node (one with no collaborator still
/// belongs to it), every derived collaboration row an edge of its work kind, and persons at the same small institution
/// in overlapping years colleagues, each with a <see cref="TieStrength"/>. Streamed reads; nothing but the builder's
/// arrays and one institution's persons is held.
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
        AddColleagues(builder, store.ReadAffiliationSpans(cancellationToken), referenceYear);
        return builder.Build();
    }

    /// <summary>
    /// Institutions with at most this many persons (with dated works there) make colleague edges: a lab or a small
    /// department, where people know each other. A university of thousands would make a clique of millions of edges
    /// and say little; conflict checks read affiliations directly instead.
    /// </summary>
    public const int ColleagueGroupLimit = 50;

    /// <summary>Persons at one institution whose years there overlap become colleagues (spans arrive grouped by institution).</summary>
    private static void AddColleagues(GraphBuilder builder, IEnumerable<AffiliationSpan> spans, int referenceYear)
    {
        var group = new List<(long Person, int First, int Last)>();
        InstitutionId? current = null;
        foreach (var span in spans)
        {
            if (span.Institution != current)
            {
                Connect(builder, group, referenceYear);
                group.Clear();
                current = span.Institution;
            }

            if (span is { FirstYear: { } first, LastYear: { } last }) group.Add((span.Person.Value, first, last));
        }

        Connect(builder, group, referenceYear);
    }

    private static void Connect(GraphBuilder builder, List<(long Person, int First, int Last)> group, int referenceYear)
    {
        if (group.Count is < 2 or > ColleagueGroupLimit) return;
        for (var i = 0; i < group.Count; i++)
        {
            for (var j = i + 1; j < group.Count; j++)
            {
                var (a, b) = (group[i], group[j]);
                if (a.First > b.Last || b.First > a.Last) continue;
                builder.AddEdge(a.Person, b.Person, EdgeKinds.Institution, TieStrength.OfColleagues(Math.Min(a.Last, b.Last), referenceYear));
            }
        }
    }

    /// <summary>
    /// The graph from the snapshot file when it was saved from the store's current derived tables in the same reference
    /// year; otherwise built from the store and saved for the next time. The snapshot is a cache: a data folder where it
    /// cannot be written just goes without, and a damaged one is rebuilt.
    /// </summary>
    /// <remarks>
    /// The graph is read in three statements (persons, collaborations, institution spans). A rebuild of the derived
    /// tables that commits between them would give collaborations of one state and colleagues of another, so the load is
    /// repeated until the derived generation is the same before and after it (a rebuild commits a new one atomically).
    /// </remarks>
    public static (CollaborationGraph Graph, bool FromSnapshot) LoadCached(IExpertStore store, string snapshotPath, int referenceYear, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        for (var attempt = 1; ; attempt++)
        {
            var generation = store.DerivedGeneration;
            if (generation != 0 && GraphSnapshot.TryRead(snapshotPath, generation, referenceYear) is { } saved) return (saved, true);
            var graph = Load(store, referenceYear, cancellationToken);
            if (store.DerivedGeneration != generation)
            {
                if (attempt < MaxLoadAttempts) continue;
                throw new InvalidOperationException(
                    $"The collaboration graph could not be read from one state of the store: its derived tables were rebuilt during each of {MaxLoadAttempts} loads.");
            }

            if (generation != 0) TrySave(graph, snapshotPath, generation, referenceYear);
            return (graph, false);
        }
    }

    /// <summary>How many loads are tried when rebuilds of the derived tables keep committing midway.</summary>
    public const int MaxLoadAttempts = 5;

    private static void TrySave(CollaborationGraph graph, string snapshotPath, long generation, int referenceYear)
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

    /// <summary>The person a node stands for.</summary>
    public static PersonId PersonOf(this CollaborationGraph graph, int node) => new(graph.IdOf(node));
}
