namespace ExpertGraph.Core.Lexicon;

/// <summary>Concepts, terms and alignments in and out of a compiled lexicon file, in the lexicon's concept order.</summary>
internal static class CompiledLexiconData
{
    public static void WriteTo(CompiledLexiconWriter writer, Lexicon lexicon)
    {
        writer.Int(lexicon.Concepts.Count);
        foreach (var concept in lexicon.Concepts)
        {
            writer.Int(writer.String(concept.Id));
            writer.Int(concept.Level);
            writer.Ints([.. concept.ParentIds.Select(writer.String)]);
            writer.Int(writer.String(concept.LabelZh));
            writer.Int(writer.String(concept.LabelEn));
            writer.Ints([.. concept.Sources.Select(writer.String)]);
        }

        writer.Int(lexicon.TermCount);
        for (var concept = 0; concept < lexicon.Concepts.Count; concept++)
        {
            foreach (var term in lexicon.Terms(concept))
            {
                writer.Int(writer.String(term.ConceptId));
                writer.Int(writer.String(term.Text));
                writer.Int((int)term.Language);
                writer.Int((int)term.Kind);
                writer.Int(BitConverter.SingleToInt32Bits(term.Weight));
                writer.Int(writer.String(term.Source));
            }
        }

        writer.Int(lexicon.Alignments.Count);
        foreach (var alignment in lexicon.Alignments)
        {
            writer.Int(writer.String(alignment.ConceptId));
            writer.Int(writer.String(alignment.MergedId));
            writer.Int(writer.String(alignment.Evidence));
        }
    }

    public static LexiconData ReadFrom(CompiledLexiconReader reader)
    {
        var concepts = new Concept[reader.Count()];
        for (var i = 0; i < concepts.Length; i++)
            concepts[i] = new Concept(reader.String(), reader.Int(), reader.Strings(), reader.String(), reader.String(), reader.Strings());
        var terms = new LexiconTerm[reader.Count()];
        for (var i = 0; i < terms.Length; i++)
        {
            terms[i] = new LexiconTerm(reader.String(), reader.String(), (TermLanguage)reader.Int(), (TermKind)reader.Int(),
                BitConverter.Int32BitsToSingle(reader.Int()), reader.String());
        }

        var alignments = new ConceptAlignment[reader.Count()];
        for (var i = 0; i < alignments.Length; i++) alignments[i] = new ConceptAlignment(reader.String(), reader.String(), reader.String());
        return new LexiconData(concepts, terms, alignments);
    }
}
