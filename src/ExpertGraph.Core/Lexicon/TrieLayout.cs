namespace ExpertGraph.Core.Lexicon;

/// <summary>
/// Lays a trie out in flat arrays from ordinally sorted, distinct patterns: nodes numbered breadth-first, node n's
/// edges at [EdgeStart[n], EdgeStart[n+1]) with labels ascending (so lookups may binary-search), Output[n] the
/// pattern ending at n or -1. Each node is a range of the sorted patterns sharing its prefix, so building is one
/// pass over the characters and needs no per-node dictionary.
/// </summary>
internal sealed record TrieLayout(int[] EdgeStart, char[] EdgeLabel, int[] EdgeTarget, int[] Output)
{
    public static TrieLayout Build(IReadOnlyList<string> patterns)
    {
        var lo = new List<int> { 0 };
        var hi = new List<int> { patterns.Count };
        var depth = new List<int> { 0 };
        var output = new List<int>();
        var edgeStart = new List<int>();
        var edgeLabel = new List<char>();
        var edgeTarget = new List<int>();
        for (var node = 0; node < lo.Count; node++)
        {
            edgeStart.Add(edgeLabel.Count);
            var (first, last, d) = (lo[node], hi[node], depth[node]);
            var i = first;
            if (i < last && patterns[i].Length == d)
            {
                output.Add(i);
                i++;
            }
            else
            {
                output.Add(-1);
            }

            while (i < last)
            {
                var c = patterns[i][d];
                var j = i + 1;
                while (j < last && patterns[j][d] == c) j++;
                edgeLabel.Add(c);
                edgeTarget.Add(lo.Count);
                lo.Add(i);
                hi.Add(j);
                depth.Add(d + 1);
                i = j;
            }
        }

        edgeStart.Add(edgeLabel.Count);
        return new TrieLayout([.. edgeStart], [.. edgeLabel], [.. edgeTarget], [.. output]);
    }
}
