using System.Runtime.InteropServices;

namespace ExpertGraph.Core.Lexicon;

/// <summary>
/// Lays a trie out in flat arrays from ordinally sorted, distinct patterns. Nodes are numbered in depth-first
/// preorder, so a node's first child is the next node, and the node keeps that child's label: most steps of a walk
/// (down chains of single children, which most of a trie is) read the next 16 bytes and never the edge array. Speed
/// is decided by cache misses once the arrays outgrow the caches. Edges (labels ascending, so lookups may
/// binary-search) serve the other children. Each node is a range of the sorted patterns sharing its prefix, so building is
/// one pass over the characters and needs no per-node dictionary.
/// </summary>
internal sealed record TrieLayout(TrieNode[] Nodes, TrieEdge[] Edges)
{
    public static TrieLayout Build(string[] patterns)
    {
        // Every node but the root is entered by exactly one edge, and there are at most as many nodes as characters.
        var capacity = 1;
        foreach (var pattern in patterns) capacity += pattern.Length;
        var nodes = new TrieNode[capacity];
        var edges = new TrieEdge[capacity];
        var nodeCount = 0;
        var edgeCount = 0;
        var pending = new List<(int Edge, int Lo, int Hi, int Depth)> { (-1, 0, patterns.Length, 0) };
        var children = new List<(int Edge, int Lo, int Hi, int Depth)>();
        while (pending.Count > 0)
        {
            var (edge, i, last, d) = pending[^1];
            pending.RemoveAt(pending.Count - 1);
            var node = nodeCount++;
            if (edge >= 0) edges[edge] = edges[edge] with { Target = node };
            var output = -1;
            if (i < last && patterns[i].Length == d) output = i++;
            var firstEdge = edgeCount;
            children.Clear();
            while (i < last)
            {
                var c = patterns[i][d];
                var j = i + 1;
                while (j < last && patterns[j][d] == c) j++;
                edges[edgeCount] = new TrieEdge(c, -1);
                children.Add((edgeCount++, i, j, d + 1));
                i = j;
            }

            nodes[node] = new TrieNode(firstEdge, edgeCount - firstEdge, output, children.Count > 0 ? edges[firstEdge].Label : '\0');
            for (var k = children.Count - 1; k >= 0; k--) pending.Add(children[k]);
        }

        return new TrieLayout(nodes[..nodeCount], edges[..edgeCount]);
    }
}

/// <summary>
/// A trie node: its edges are Edges[FirstEdge .. FirstEdge + EdgeCount); its first child is the next node, reached by
/// <see cref="FirstLabel"/>; Output is the pattern ending here or -1.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly record struct TrieNode(int FirstEdge, int EdgeCount, int Output, char FirstLabel);

/// <summary>An edge of the trie: the character and the node it leads to.</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly record struct TrieEdge(char Label, int Target);
