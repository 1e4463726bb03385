namespace ExpertGraph.Resolution.Features;

/// <summary>
/// What the other mentions of a block say about a pair: which mentions each one shares a co-author with. Two papers of a
/// prolific author often share no co-author directly but share many "neighbours" (papers with a co-author in common with
/// both); two namesakes share none. Co-authors on more than <see cref="MaxMentionsPerCoauthor"/> mentions of the block
/// are left out (a namesake's frequent co-author name says little).
/// </summary>
public sealed class BlockContext
{
    public const int MaxMentionsPerCoauthor = 50;

    private readonly int[][] _neighbours;

    private BlockContext(int[][] neighbours)
    {
        _neighbours = neighbours;
        Fragmentation = neighbours.Length == 0 ? 0 : (float)ComponentCount(neighbours) / neighbours.Length;
    }

    /// <summary>
    /// Connected groups of the block's co-author graph per mention: near 0 when the name's papers hang together through
    /// co-authors (one prolific person), near 1 when every paper stands alone (a name many people share). The model's
    /// estimate of how ambiguous the name is, made from the block itself.
    /// </summary>
    public float Fragmentation { get; }

    public static BlockContext Of(IReadOnlyList<MentionProfile> block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var byCoauthor = new Dictionary<int, List<int>>();
        for (var i = 0; i < block.Count; i++)
        {
            foreach (var coauthor in block[i].Coauthors)
            {
                if (!byCoauthor.TryGetValue(coauthor, out var list)) byCoauthor[coauthor] = list = [];
                list.Add(i);
            }
        }

        var neighbours = new SortedSet<int>[block.Count];
        for (var i = 0; i < block.Count; i++) neighbours[i] = [];
        foreach (var members in byCoauthor.Values)
        {
            if (members.Count < 2 || members.Count > MaxMentionsPerCoauthor) continue;
            foreach (var i in members)
            {
                foreach (var j in members)
                {
                    if (i != j) neighbours[i].Add(j);
                }
            }
        }

        return new BlockContext(neighbours.Select(s => s.ToArray()).ToArray());
    }

    private static int ComponentCount(int[][] neighbours)
    {
        var parent = Enumerable.Range(0, neighbours.Length).ToArray();
        int Root(int i)
        {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }

        var components = neighbours.Length;
        for (var i = 0; i < neighbours.Length; i++)
        {
            foreach (var j in neighbours[i])
            {
                var (a, b) = (Root(i), Root(j));
                if (a == b) continue;
                parent[Math.Max(a, b)] = Math.Min(a, b);
                components--;
            }
        }

        return components;
    }

    /// <summary>Mentions of the block sharing a co-author with mention <paramref name="i"/>, ascending.</summary>
    public IReadOnlyList<int> Neighbours(int i) => _neighbours[i];

    /// <summary>How many mentions (other than the two) share a co-author with both sets of mentions.</summary>
    public int CommonNeighbours(IReadOnlyList<int> a, IReadOnlyList<int> b)
    {
        var left = new HashSet<int>(a.SelectMany(i => _neighbours[i]));
        left.ExceptWith(a);
        left.ExceptWith(b);
        var right = new HashSet<int>(b.SelectMany(i => _neighbours[i]));
        left.IntersectWith(right);
        return left.Count;
    }

    /// <summary>Common neighbours of two single mentions (merge of two sorted lists).</summary>
    public int CommonNeighbours(int a, int b)
    {
        var (x, y) = (_neighbours[a], _neighbours[b]);
        int i = 0, j = 0, common = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j])
            {
                if (x[i] != a && x[i] != b) common++;
                i++;
                j++;
            }
            else if (x[i] < y[j]) i++;
            else j++;
        }

        return common;
    }
}
