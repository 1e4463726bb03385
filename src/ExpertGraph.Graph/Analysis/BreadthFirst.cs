namespace ExpertGraph.Graph.Analysis;

/// <summary>Plain single-source breadth-first search: the reference every faster search is checked against.</summary>
public static class BreadthFirst
{
    /// <summary>Hop distances from the source into <paramref name="distances"/> (-1 = unreachable); returns the eccentricity.</summary>
    public static int Distances(CollaborationGraph graph, int source, int[] distances, EdgeKinds kinds = EdgeKinds.All)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(distances);
        Array.Fill(distances, -1);
        var queue = new int[graph.NodeCount];
        int head = 0, tail = 0;
        distances[source] = 0;
        queue[tail++] = source;
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var edgeKinds = graph.Kinds;
        var farthest = 0;
        while (head < tail)
        {
            var node = queue[head++];
            var next = distances[node] + 1;
            for (var edge = offsets[node]; edge < offsets[node + 1]; edge++)
            {
                if ((edgeKinds[edge] & kinds) == 0) continue;
                var neighbor = targets[edge];
                if (distances[neighbor] >= 0) continue;
                distances[neighbor] = next;
                farthest = next;
                queue[tail++] = neighbor;
            }
        }

        return farthest;
    }
}
