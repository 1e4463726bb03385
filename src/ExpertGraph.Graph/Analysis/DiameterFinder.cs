namespace ExpertGraph.Graph.Analysis;

/// <summary>
/// Diameter of the largest component. Exact by Takes and Kosters' BoundingDiameters (2011): every breadth-first search
/// from a node v with eccentricity e tightens each node w's eccentricity bounds to [max(e − d(v,w), d(v,w)), e + d(v,w)],
/// nodes whose bounds can no longer change the answer drop out, and the search stops when the diameter's bounds meet. On
/// collaboration networks that takes tens of searches instead of one per node.
/// </summary>
internal static class DiameterFinder
{
    public static Diameter Exact(CollaborationGraph graph, Components components)
    {
        var largest = components.Largest;
        var candidates = new List<int>();
        for (var node = 0; node < graph.NodeCount; node++)
            if (components.Of(node) == largest) candidates.Add(node);
        var lower = new int[graph.NodeCount];
        var upper = new int[graph.NodeCount];
        Array.Fill(upper, int.MaxValue);
        var distances = new int[graph.NodeCount];
        int diameterLower = 0, diameterUpper = int.MaxValue, searches = 0;
        var pickHighUpper = true;
        while (diameterLower < diameterUpper && candidates.Count > 0)
        {
            var v = Pick(graph, candidates, pickHighUpper ? upper : lower, pickHighUpper);
            pickHighUpper = !pickHighUpper;
            var eccentricity = BreadthFirst.Distances(graph, v, distances);
            searches++;
            diameterLower = Math.Max(diameterLower, eccentricity);
            diameterUpper = Math.Min(diameterUpper, 2 * eccentricity);
            var maxUpper = 0;
            foreach (var w in candidates)
            {
                var d = distances[w];
                lower[w] = Math.Max(lower[w], Math.Max(eccentricity - d, d));
                upper[w] = Math.Min(upper[w], eccentricity + d);
                maxUpper = Math.Max(maxUpper, upper[w]);
            }

            // Dropped nodes have upper ≤ diameterLower, so the largest upper bound left bounds the diameter too.
            diameterUpper = Math.Min(diameterUpper, Math.Max(maxUpper, diameterLower));
            var lowerBound = diameterLower;
            var upperBound = diameterUpper;
            candidates.RemoveAll(w => lower[w] == upper[w] || (upper[w] <= lowerBound && lower[w] >= (upperBound + 1) / 2));
        }

        return new Diameter(diameterLower, true, searches);
    }

    /// <summary>The candidate with the largest upper (or smallest lower) bound, ties to the highest degree, then lowest node.</summary>
    private static int Pick(CollaborationGraph graph, List<int> candidates, int[] bounds, bool highest)
    {
        var best = candidates[0];
        foreach (var node in candidates)
        {
            var compare = bounds[node].CompareTo(bounds[best]);
            if (!highest) compare = -compare;
            if (compare > 0 || (compare == 0 && graph.Degree(node) > graph.Degree(best))) best = node;
        }

        return best;
    }

    /// <summary>A lower bound from double sweeps: from each sampled node to its farthest node, then that node's eccentricity.</summary>
    public static Diameter SampledLowerBound(CollaborationGraph graph, Components components, int samples, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        var largest = components.Largest;
        var members = Enumerable.Range(0, graph.NodeCount).Where(node => components.Of(node) == largest).ToArray();
        var random = new Random(seed);
        var distances = new int[graph.NodeCount];
        int best = 0, searches = 0;
        for (var i = 0; i < samples; i++)
        {
            var start = members[random.Next(members.Length)];
            BreadthFirst.Distances(graph, start, distances);
            var far = start;
            foreach (var node in members)
                if (distances[node] > distances[far]) far = node;
            best = Math.Max(best, BreadthFirst.Distances(graph, far, distances));
            searches += 2;
        }

        return new Diameter(best, false, searches);
    }
}
