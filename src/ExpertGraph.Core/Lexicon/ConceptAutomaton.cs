namespace ExpertGraph.Core.Lexicon;

/// <summary>
/// The compiled lexicon: a trie over normalized terms in flat arrays (per node a slice of sorted edge labels and
/// targets; a direct table for the root, whose fan-out is thousands of Han characters), and per pattern its
/// concepts. Matching is leftmost-longest: from each admissible start, the longest pattern whose ends are admissible
/// wins, and the scan resumes after it. Ends of Latin-script patterns must sit on word boundaries; an end that is a
/// CJK character may sit anywhere (decided per end, so "EUV光刻" needs a boundary before "E" only).
/// Immutable and thread-safe; build it with <see cref="ConceptAutomatonBuilder"/>.
/// </summary>
public sealed partial class ConceptAutomaton
{
    private const int LinearSearchEdges = 8;

    private readonly int[] _rootTable;
    private readonly TrieNode[] _nodes;
    private readonly TrieEdge[] _edges;
    private readonly int[] _payloadStart;
    private readonly int[] _payloadConcept;
    private readonly float[] _payloadWeight;
    private readonly TermKind[] _payloadKind;
    private readonly string[] _payloadTerm;
    private readonly string?[] _payloadCaseForm;

    internal ConceptAutomaton(
        TrieNode[] nodes, TrieEdge[] edges,
        int[] payloadStart, int[] payloadConcept, float[] payloadWeight, TermKind[] payloadKind, string[] payloadTerm,
        string?[] payloadCaseForm)
    {
        _nodes = nodes;
        _edges = edges;
        _payloadStart = payloadStart;
        _payloadConcept = payloadConcept;
        _payloadWeight = payloadWeight;
        _payloadKind = payloadKind;
        _payloadTerm = payloadTerm;
        _payloadCaseForm = payloadCaseForm;
        _rootTable = new int[char.MaxValue + 1];
        Array.Fill(_rootTable, -1);
        for (var e = nodes[0].FirstEdge; e < nodes[0].FirstEdge + nodes[0].EdgeCount; e++) _rootTable[edges[e].Label] = edges[e].Target;
    }

    public int NodeCount => _nodes.Length;

    public int PatternCount => _payloadStart.Length - 1;

    public int PayloadCount => _payloadConcept.Length;

    /// <summary>Bytes held by the arrays (strings of terms excluded: the lexicon holds them anyway).</summary>
    public long ArrayBytes =>
        (4L * (_rootTable.Length + _payloadStart.Length + _payloadConcept.Length + _payloadWeight.Length + _payloadKind.Length))
        + (16L * _nodes.Length) + (8L * _edges.Length) + (8L * (_payloadTerm.Length + _payloadCaseForm.Length));

    /// <summary>Appends the matches in <paramref name="text"/> to <paramref name="matches"/>, in text order, then concept order.</summary>
    public void Match(LexiconText text, List<ConceptMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(matches);
        var folded = text.FoldedBuffer;
        var length = text.Length;
        var start = 0;
        while (start < length)
        {
            var c = folded[start];
            var node = _rootTable[c];
            if (node < 0 || (start > 0 && !LexiconChars.IsCjk(c) && LexiconChars.IsWordChar(folded[start - 1])))
            {
                start++;
                continue;
            }

            var bestEnd = -1;
            var bestPattern = -1;
            var end = start + 1;
            while (true)
            {
                var pattern = _nodes[node].Output;
                if (pattern >= 0 && EndAllowed(folded, end, length) && AnyPayloadFits(pattern, text, start, end))
                {
                    bestEnd = end;
                    bestPattern = pattern;
                }

                if (end == length) break;
                node = Child(node, folded[end]);
                if (node < 0) break;
                end++;
            }

            if (bestPattern < 0)
            {
                start++;
                continue;
            }

            Emit(bestPattern, text, start, bestEnd, matches);
            start = bestEnd;
        }
    }

    private static bool EndAllowed(char[] folded, int end, int length) =>
        end == length || LexiconChars.IsCjk(folded[end - 1]) || !LexiconChars.IsWordChar(folded[end]);

    private int Child(int node, char c)
    {
        var (lo, count, _, firstLabel) = _nodes[node];
        if (firstLabel == c && count > 0) return node + 1; // preorder: the first child is the next node
        var edges = _edges;
        if (count <= LinearSearchEdges)
        {
            for (var e = lo + 1; e < lo + count; e++)
                if (edges[e].Label == c) return edges[e].Target;
            return -1;
        }

        var hi = lo + count - 1;
        while (lo <= hi)
        {
            var middle = (int)((uint)(lo + hi) >> 1);
            var label = edges[middle].Label;
            if (label == c) return edges[middle].Target;
            if (label < c) lo = middle + 1;
            else hi = middle - 1;
        }

        return -1;
    }

    private bool Fits(int payload, LexiconText text, int start, int end)
    {
        var caseForm = _payloadCaseForm[payload];
        return caseForm is null || text.Cased[start..end].SequenceEqual(caseForm);
    }

    private bool AnyPayloadFits(int pattern, LexiconText text, int start, int end)
    {
        for (var p = _payloadStart[pattern]; p < _payloadStart[pattern + 1]; p++)
            if (Fits(p, text, start, end)) return true;
        return false;
    }

    // Payloads are sorted by concept, best term first: one match per concept, the best term that fits.
    private void Emit(int pattern, LexiconText text, int start, int end, List<ConceptMatch> matches)
    {
        var (originalStart, originalLength) = text.ToOriginal(start, end - start);
        var lastConcept = -1;
        for (var p = _payloadStart[pattern]; p < _payloadStart[pattern + 1]; p++)
        {
            var concept = _payloadConcept[p];
            if (concept == lastConcept || !Fits(p, text, start, end)) continue;
            lastConcept = concept;
            matches.Add(new ConceptMatch(concept, _payloadTerm[p], _payloadWeight[p], _payloadKind[p], originalStart, originalLength));
        }
    }
}
