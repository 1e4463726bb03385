namespace ExpertGraph.Ingestion.Vocabularies;

/// <summary>
/// Merges nodes of different vocabularies that name the same concept (lexicon/README.md, "Alignment"): the same
/// English preferred label by <see cref="EnglishLabelKey"/>, or the same Chinese label. A key merges only the
/// vocabularies that have exactly one node with it; a concept never holds two nodes of one vocabulary; and a merge
/// that would make a concept its own ancestor is refused. The founding node (by <see cref="Precedence"/>) keeps its id.
/// </summary>
internal sealed class VocabularyAligner
{
    private readonly IReadOnlyList<VocabularyNode> _nodes;
    private readonly int[][] _parents;
    private readonly int[] _root;
    private readonly List<int>[] _members;
    private readonly List<(int Node, int Merged, string Evidence)> _merges = [];
    private readonly IReadOnlySet<(string, string)> _distinct;

    /// <param name="nodes">Sorted by <see cref="Precedence"/>, then id.</param>
    /// <param name="parents">Each node's parents as indexes into <paramref name="nodes"/>.</param>
    /// <param name="distinct">Pairs of node ids that must never merge (lexicon/curated/distinct.tsv), both ways round.</param>
    public VocabularyAligner(IReadOnlyList<VocabularyNode> nodes, int[][] parents, IReadOnlySet<(string, string)> distinct)
    {
        _distinct = distinct;
        _nodes = nodes;
        _parents = parents;
        _root = [.. Enumerable.Range(0, nodes.Count)];
        _members = [.. Enumerable.Range(0, nodes.Count).Select(i => new List<int> { i })];
    }

    public int AmbiguousKeys { get; private set; }
    public int RefusedAsCycle { get; private set; }
    public int RefusedAsSameSource { get; private set; }
    public int RefusedAsDistinct { get; private set; }

    /// <summary>OA before NSFC before ACM before MESH: the broad, curated hierarchies found concepts; the deep ones join them.</summary>
    public static int Precedence(string source) => source switch
    {
        "OA" => 0,
        "NSFC" => 1,
        "ACM" => 2,
        "MESH" => 3,
        _ => 4,
    };

    public int Find(int node)
    {
        while (_root[node] != node) node = _root[node] = _root[_root[node]];
        return node;
    }

    public IReadOnlyList<int> Members(int root) => _members[root];

    /// <summary>Every merge: the node it joined (resolve with <see cref="Find"/>), the node merged, and the evidence.</summary>
    public IReadOnlyList<(int Node, int Merged, string Evidence)> Merges => _merges;

    public void Align()
    {
        AlignBy(n => n.LabelEn.Length == 0 ? "" : EnglishLabelKey.Of(n.LabelEn), "en-label:");
        AlignBy(n => n.LabelZh.Trim(), "zh-label:");
    }

    private void AlignBy(Func<VocabularyNode, string> key, string evidence)
    {
        var groups = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < _nodes.Count; i++)
        {
            var k = key(_nodes[i]);
            if (k.Length == 0) continue;
            if (!groups.TryGetValue(k, out var list)) groups.Add(k, list = []);
            list.Add(i);
        }

        foreach (var (k, candidates) in groups)
        {
            var bySource = candidates.GroupBy(i => _nodes[i].Source, StringComparer.Ordinal).ToList();
            if (bySource.Count < 2) continue;
            if (bySource.Any(g => g.Count() > 1)) AmbiguousKeys++;
            var single = bySource.Where(g => g.Count() == 1).Select(g => g.First()).Order().ToList();
            for (var i = 1; i < single.Count; i++) TryMerge(single[0], single[i], evidence + k);
        }
    }

    internal bool TryMerge(int founder, int other, string evidence)
    {
        int a = Find(founder), b = Find(other);
        if (a == b) return false;
        var sources = _members[a].Select(m => _nodes[m].Source).ToHashSet(StringComparer.Ordinal);
        if (_members[b].Any(m => sources.Contains(_nodes[m].Source)))
        {
            RefusedAsSameSource++;
            return false;
        }

        if (_members[a].Any(x => _members[b].Any(y => _distinct.Contains((_nodes[x].Id, _nodes[y].Id)))))
        {
            RefusedAsDistinct++;
            return false;
        }

        if (IsAncestor(a, b) || IsAncestor(b, a))
        {
            RefusedAsCycle++;
            return false;
        }

        // The root is the member that comes first (nodes are sorted by precedence), so it founds the concept.
        var (root, joined) = a < b ? (a, b) : (b, a);
        _root[joined] = root;
        _members[root].AddRange(_members[joined]);
        _members[root].Sort();
        _members[joined] = [];
        _merges.Add((founder, other, evidence));
        return true;
    }

    /// <summary>Whether the concept rooted at <paramref name="ancestor"/> is above the one rooted at <paramref name="root"/>.</summary>
    private bool IsAncestor(int ancestor, int root)
    {
        var seen = new HashSet<int> { root };
        var frontier = new Stack<int>();
        frontier.Push(root);
        while (frontier.Count > 0)
        {
            foreach (var member in _members[frontier.Pop()])
            {
                foreach (var parent in _parents[member])
                {
                    var parentRoot = Find(parent);
                    if (parentRoot == ancestor) return true;
                    if (seen.Add(parentRoot)) frontier.Push(parentRoot);
                }
            }
        }

        return false;
    }
}
