namespace ExpertGraph.Core.Lexicon;

/// <summary>
/// Compiles a lexicon (plus optional extra terms, such as the mined overlay) into a <see cref="ConceptAutomaton"/>:
/// every term normalized by <see cref="LexiconText"/>, filtered by <see cref="TermCompilationRules"/>, and terms with
/// the same normalized form merged into one pattern that names all their concepts.
/// </summary>
public static class ConceptAutomatonBuilder
{
    /// <summary>
    /// Extra terms whose concept is not in the lexicon are skipped (a mined overlay may outlive a rebuilt lexicon);
    /// an extra term never replaces a lexicon term of the same concept and normalized form.
    /// </summary>
    public static ConceptAutomaton Build(Lexicon lexicon, IEnumerable<LexiconTerm>? extraTerms = null, TraditionalChineseTable? table = null)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var text = new LexiconText(table);
        var entries = new List<Entry>(lexicon.TermCount);
        for (var concept = 0; concept < lexicon.Concepts.Count; concept++)
        {
            foreach (var term in lexicon.Terms(concept))
                Add(entries, text, concept, term, curated: true);
        }

        foreach (var term in extraTerms ?? [])
        {
            if (lexicon.TryFind(term.ConceptId, out var concept))
                Add(entries, text, concept, term, curated: false);
        }

        // One sort puts each pattern's entries together, each concept's together within them, and the entry that
        // should win first: lexicon before extra, then higher weight, more trusted kind, plain before case-sensitive.
        entries.Sort(Entry.Compare);
        var patterns = new List<string>();
        var payloadStart = new List<int>();
        var payloads = new List<Entry>(entries.Count);
        for (var i = 0; i < entries.Count;)
        {
            var pattern = entries[i].Pattern;
            patterns.Add(pattern);
            payloadStart.Add(payloads.Count);
            var conceptFirst = payloads.Count;
            var end = i + 1;
            while (end < entries.Count && string.Equals(entries[end].Pattern, pattern, StringComparison.Ordinal)) end++;
            var dropNearSynonyms = NearSynonymConcepts(entries, i, end) > TermCompilationRules.MaxNearSynonymConcepts;
            for (; i < end; i++)
            {
                var entry = entries[i];
                if (dropNearSynonyms && entry.Term.Kind == TermKind.NearSynonym) continue;
                if (payloads.Count > conceptFirst && payloads[^1].Concept != entry.Concept) conceptFirst = payloads.Count;
                if (Shadowed(payloads, conceptFirst, entry)) continue;
                payloads.Add(entry);
            }
        }

        payloadStart.Add(payloads.Count);
        var trie = TrieLayout.Build([.. patterns]);
        var count = payloads.Count;
        var concepts = new int[count];
        var weights = new float[count];
        var kinds = new TermKind[count];
        var terms = new string[count];
        var caseForms = new string?[count];
        for (var p = 0; p < count; p++)
        {
            var entry = payloads[p];
            (concepts[p], weights[p], kinds[p], terms[p], caseForms[p]) = (entry.Concept, entry.Term.Weight, entry.Term.Kind, entry.Term.Text, entry.CaseForm);
        }

        return new ConceptAutomaton(trie.Nodes, trie.Edges, [.. payloadStart], concepts, weights, kinds, terms, caseForms);
    }

    private static void Add(List<Entry> entries, LexiconText text, int concept, LexiconTerm term, bool curated)
    {
        text.Load(term.Text);
        if (!TermCompilationRules.Admit(text.Folded, text.Cased, term.Kind, out var caseSensitive)) return;
        entries.Add(new Entry(text.Folded.ToString(), concept, term, caseSensitive ? text.Cased.ToString() : null, curated));
    }

    private static int NearSynonymConcepts(List<Entry> entries, int start, int end)
    {
        var count = 0;
        var last = -1;
        for (var i = start; i < end; i++)
        {
            if (entries[i].Term.Kind != TermKind.NearSynonym || entries[i].Concept == last) continue;
            last = entries[i].Concept; // entries are sorted by concept within a pattern
            count++;
        }

        return count;
    }

    // Within one concept of one pattern, the best entry came first: an extra term is dropped when a lexicon term is
    // there, and a later entry is dropped when an earlier one has its case form (acronym and plain spelling both stay).
    private static bool Shadowed(List<Entry> payloads, int conceptFirst, Entry entry)
    {
        for (var p = conceptFirst; p < payloads.Count; p++)
        {
            if (payloads[p].Curated && !entry.Curated) return true;
            if (string.Equals(payloads[p].CaseForm, entry.CaseForm, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    private readonly record struct Entry(string Pattern, int Concept, LexiconTerm Term, string? CaseForm, bool Curated)
    {
        public static int Compare(Entry a, Entry b)
        {
            var order = string.CompareOrdinal(a.Pattern, b.Pattern);
            if (order != 0) return order;
            if (a.Concept != b.Concept) return a.Concept.CompareTo(b.Concept);
            if (a.Curated != b.Curated) return a.Curated ? -1 : 1;
            if (a.Term.Weight != b.Term.Weight) return b.Term.Weight.CompareTo(a.Term.Weight);
            if (a.Term.Kind != b.Term.Kind) return a.Term.Kind.CompareTo(b.Term.Kind);
            if ((a.CaseForm is null) != (b.CaseForm is null)) return a.CaseForm is null ? -1 : 1;
            order = string.CompareOrdinal(a.Term.Text, b.Term.Text);
            return order != 0 ? order : string.CompareOrdinal(a.Term.Source, b.Term.Source);
        }
    }
}
