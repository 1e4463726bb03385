using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Ingestion.Vocabularies;

/// <summary>
/// MeSH 2024 (mesh/): descriptors from mesh_descriptor_terms.tsv with every entry term, placed by their tree numbers in
/// mesh_descriptor_trees.tsv. A descriptor's preferred concept is the descriptor itself (MESH:D…); each other concept
/// becomes a child concept (MESH:M…) one level below. The file lists no tree number for the 115 top descriptors ("C04"
/// Neoplasms): they are found by the name the file gives their tree ("mesh1"). Descriptors with no tree position at all
/// (the check tags Male, Female) are left out: they would tag nearly every clinical work.
/// </summary>
internal static class MeshReader
{
    public const string TermsFile = "mesh_descriptor_terms.tsv";
    public const string TreesFile = "mesh_descriptor_trees.tsv";

    public static IReadOnlyList<VocabularyNode> Read(string folder)
    {
        var descriptors = ReadTerms(Path.Combine(folder, TermsFile));
        var tree = MeshTree.Read(Path.Combine(folder, TreesFile), descriptors);
        var nodes = new List<VocabularyNode>();
        foreach (var (letter, name) in tree.Categories)
        {
            if (!MeshCategories.Parents.TryGetValue(letter, out var parent))
                throw new LexiconFormatException(Path.Combine(folder, TreesFile), 0, $"MeSH category {letter} has no place in the OpenAlex tree");
            nodes.Add(new VocabularyNode(MeshCategories.Id(letter), LexiconLevels.MeshCategory, [parent], name, "",
                [new VocabularyTerm(name, TermLanguage.En, TermKind.Preferred, 1f, Translatable: true)]));
        }

        foreach (var descriptor in descriptors.Values.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            if (!tree.Positions.TryGetValue(descriptor.Id, out var positions)) continue;
            var level = positions.Min(p => LexiconLevels.Mesh(MeshTree.Depth(p)));
            var parents = positions.Select(tree.ParentOf).Distinct(StringComparer.Ordinal).ToArray();
            nodes.Add(new VocabularyNode("MESH:" + descriptor.Id, level, parents, descriptor.Name, "", descriptor.Concepts[0].Terms));
            foreach (var narrower in descriptor.Concepts.Skip(1))
            {
                nodes.Add(new VocabularyNode("MESH:" + narrower.Id, LexiconLevels.Fold(level + 1), ["MESH:" + descriptor.Id],
                    narrower.Label, "", narrower.Terms));
            }
        }

        return nodes;
    }

    private static Dictionary<string, MeshDescriptor> ReadTerms(string path)
    {
        var descriptors = new Dictionary<string, MeshDescriptor>(StringComparer.Ordinal);
        foreach (var (f, line) in TsvRows.Read(path, 9))
        {
            // DescriptorUI DescriptorName ConceptUI TermUI TermName ConceptPreferredTermYN IsPermutedTermYN LexicalTag RecordPreferredTermYN
            if (!f[0].StartsWith('D') || !f[2].StartsWith('M'))
                throw new LexiconFormatException(path, line, "expected a DescriptorUI D… and a ConceptUI M…");
            if (!descriptors.TryGetValue(f[0], out var descriptor)) descriptors.Add(f[0], descriptor = new MeshDescriptor(f[0], f[1]));
            var concept = descriptor.Concept(f[2]);
            var conceptPreferred = f[5] == "Y";
            var permuted = f[6] == "Y";
            var recordPreferred = f[8] == "Y";
            if (recordPreferred) descriptor.PreferredConcept = f[2];
            if (conceptPreferred && !permuted) concept.Label = f[4];
            if (TsvRows.IsUsableTerm(f[4])) concept.Terms.Add(Term(f[4], conceptPreferred && !permuted, permuted, f[7]));
        }

        foreach (var descriptor in descriptors.Values) descriptor.PutPreferredConceptFirst();
        return descriptors;
    }

    /// <summary>Weights of lexicon/README.md ("Weights"): preferred 1, synonym 0.9, abbreviation 0.8, permuted forms lower.</summary>
    internal static VocabularyTerm Term(string text, bool preferred, bool permuted, string lexicalTag)
    {
        if (lexicalTag is "ABB" or "ACR") return new VocabularyTerm(text, TermLanguage.En, TermKind.Abbreviation, permuted ? 0.5f : 0.8f);
        if (preferred) return new VocabularyTerm(text, TermLanguage.En, TermKind.Preferred, 1f, Translatable: true);
        return permuted
            ? new VocabularyTerm(text, TermLanguage.En, TermKind.Synonym, 0.6f)
            : new VocabularyTerm(text, TermLanguage.En, TermKind.Synonym, 0.9f, Translatable: true);
    }
}
