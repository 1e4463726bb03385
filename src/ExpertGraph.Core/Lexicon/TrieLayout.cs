namespace ExpertGraph.Core.Lexicon;

/// <summary>
/// Lays a trie out in flat arrays from ordinally sorted, distinct patterns: nodes numbered breadth-first, node n's
/// edges at [EdgeStart[n], EdgeStart[n+1]) with labels ascending (so lookups may binary-search), Output[n] the
/// pattern ending at n or -1. Each node is a range of the sorted patterns sharing its prefix, so building is one
/// pass over the characters and needs no per-node dictionary.
/// </summary>
internal sealed record TrieLayout(int[] EdgeStart, char[] EdgeLabel, int[] EdgeTarget, int[] Output)
{
    public static TrieLayout Build(string[] patterns)
    {
        // Every node but the root is entered by exactly one edge, and there are at most as many nodes as characters.
        var capacity = 1;
        foreach (var pattern in patterns) capacity += pattern.Length;
        var lo = new int[capacity];
        var hi = new int[capacity];
        var depth = new int[capacity];
        var output = new int[capacity];
        var edgeStart = new int[capacity + 1];
        var edgeLabel = new char[capacity];
        var edgeTarget = new int[capacity];
        hi[0] = patterns.Length;
        var nodes = 1;
        var edges = 0;
        for (var node = 0; node < nodes; node++)
        {
            edgeStart[node] = edges;
            var (i, last, d) = (lo[node], hi[node], depth[node]);
            output[node] = -1;
            if (i < last && patterns[i].Length == d) output[node] = i++;
            while (i < last)
            {
                var c = patterns[i][d];
                var j = i + 1;
                while (j < last && patterns[j][d] == c) j++;
                edgeLabel[edges] = c;
                edgeTarget[edges++] = nodes;
                (lo[nodes], hi[nodes], depth[nodes]) = (i, j, d + 1);
                nodes++;
                i = j;
            }
        }

        edgeStart[nodes] = edges;
        return new TrieLayout(edgeStart[..(nodes + 1)], edgeLabel[..edges], edgeTarget[..edges], output[..nodes]);
    }
}
