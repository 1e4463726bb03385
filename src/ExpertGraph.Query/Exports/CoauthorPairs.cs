using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Query.Exports;

/// <summary>
/// The derived collaborations (one row per pair and work kind, streamed in (A, B, kind) order) joined into one row per
/// pair: shared works of each kind, their sum, and the years of the first and last shared work.
/// </summary>
internal readonly record struct CoauthorPairs(PersonId A, PersonId B, int Papers, int Patents, int Projects, int? FirstYear, int? LastYear)
{
    public int SharedWorks => Papers + Patents + Projects;

    public static IEnumerable<CoauthorPairs> Read(IExpertStore store, CancellationToken cancellationToken)
    {
        CoauthorPairs? pending = null;
        foreach (var row in store.ReadCollaborations(cancellationToken))
        {
            if (pending is { } open && (open.A != row.A || open.B != row.B))
            {
                yield return open;
                pending = null;
            }

            var pair = pending ?? new CoauthorPairs(row.A, row.B, 0, 0, 0, null, null);
            pending = pair with
            {
                Papers = pair.Papers + (row.Kind == WorkKind.Paper ? row.WorkCount : 0),
                Patents = pair.Patents + (row.Kind == WorkKind.Patent ? row.WorkCount : 0),
                Projects = pair.Projects + (row.Kind == WorkKind.Project ? row.WorkCount : 0),
                FirstYear = Min(pair.FirstYear, row.FirstYear),
                LastYear = Max(pair.LastYear, row.LastYear),
            };
        }

        if (pending is { } last) yield return last;
    }

    private static int? Min(int? a, int? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);
}
