using System.Runtime.InteropServices;

namespace ExpertGraph.Core.Lexicon;

/// <summary>
/// Lays a trie out in flat arrays from ordinally sorted, distinct patterns. Nodes are numbered depth-first with each
/// node's children numbered together, and each node's edges (labels ascending, so lookups may binary-search) sit
/// right after its parent's: a walk down a path reads memory nearly in order, which is what decides the speed once
/// the arrays outgrow the caches. Each node is a range of the sorted patterns sharing its prefix, so building is
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
        var nodeCount = 1;
        var edgeCount = 0;
        var pending = new List<(int Node, int Lo, int Hi, int Depth)> { (0, 0, patterns.Length, 0) };
        var children = new List<(int Node, int Lo, int Hi, int Depth)>();
        while (pending.Count > 0)
        {
            var (node, i, last, d) = pending[^1];
            pending.RemoveAt(pending.Count - 1);
            var output = -1;
            if (i < last && patterns[i].Length == d) output = i++;
            var firstEdge = edgeCount;
            children.Clear();
            while (i < last)
            {
                var c = patterns[i][d];
                var j = i + 1;
                while (j < last && patterns[j][d] == c) j++;
                edges[edgeCount++] = new TrieEdge(c, nodeCount);
                children.Add((nodeCount++, i, j, d + 1));
                i = j;
            }

            nodes[node] = new TrieNode(firstEdge, edgeCount - firstEdge, output);
            for (var k = children.Count - 1; k >= 0; k--) pending.Add(children[k]);
        }

        return new TrieLayout(nodes[..nodeCount], edges[..edgeCount]);
    }
}

/// <summary>A trie node: its edges are Edges[FirstEdge .. FirstEdge + EdgeCount); Output is the pattern ending here or -1.</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly record struct TrieNode(int FirstEdge, int EdgeCount, int Output);

/// <summary>An edge of the trie: the character and the node it leads to.</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly record struct TrieEdge(char Label, int Target);
