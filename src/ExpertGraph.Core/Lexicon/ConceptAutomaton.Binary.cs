namespace ExpertGraph.Core.Lexicon;

/// <summary>The automaton's arrays in and out of a compiled lexicon file (see <see cref="CompiledLexicon"/>).</summary>
public sealed partial class ConceptAutomaton
{
    internal void WriteTo(CompiledLexiconWriter writer)
    {
        writer.Array(_nodes);
        writer.Array(_edges);
        writer.Array(_payloadStart);
        writer.Array(_payloadConcept);
        writer.Array(_payloadWeight);
        writer.Array(_payloadKind);
        writer.Ints([.. _payloadTerm.Select(writer.String)]);
        writer.Ints([.. _payloadCaseForm.Select(writer.String)]);
    }

    internal static ConceptAutomaton ReadFrom(CompiledLexiconReader reader, int conceptCount)
    {
        var nodes = reader.Array<TrieNode>();
        var edges = reader.Array<TrieEdge>();
        var payloadStart = reader.Array<int>();
        var concepts = reader.Array<int>();
        var weights = reader.Array<float>();
        var kinds = reader.Array<TermKind>();
        var terms = reader.Strings();
        var caseForms = new string?[reader.Count()];
        for (var i = 0; i < caseForms.Length; i++) caseForms[i] = reader.StringOrNull();

        // The checksum already vouches for the bytes; these checks keep a file from another build of the code from
        // sending a match out of range.
        var payloads = concepts.Length;
        if (nodes.Length == 0 || nodes[^1].EdgeCount != 0 || payloadStart.Length == 0 || payloadStart[^1] != payloads || weights.Length != payloads
            || kinds.Length != payloads || terms.Length != payloads || caseForms.Length != payloads
            || concepts.Any(c => (uint)c >= (uint)conceptCount)
            || edges.Any(e => (uint)e.Target >= (uint)nodes.Length)
            || nodes.Any(n => n.FirstEdge < 0 || n.EdgeCount < 0 || n.FirstEdge + n.EdgeCount > edges.Length || n.Output >= payloadStart.Length - 1))
            throw new InvalidDataException("compiled lexicon: automaton arrays do not fit together");
        return new ConceptAutomaton(nodes, edges, payloadStart, concepts, weights, kinds, terms, caseForms);
    }
}
