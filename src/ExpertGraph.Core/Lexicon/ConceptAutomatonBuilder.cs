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
        var byPattern = new Dictionary<string, List<Candidate>>(lexicon.TermCount, StringComparer.Ordinal);
        for (var concept = 0; concept < lexicon.Concepts.Count; concept++)
        {
            foreach (var term in lexicon.Terms(concept))
                Add(byPattern, text, concept, term, curated: true);
        }

        foreach (var term in extraTerms ?? [])
        {
            if (lexicon.TryFind(term.ConceptId, out var concept))
                Add(byPattern, text, concept, term, curated: false);
        }

        var patterns = byPattern.Keys.ToArray();
        Array.Sort(patterns, StringComparer.Ordinal);
        var payloadStart = new int[patterns.Length + 1];
        var payloads = new List<Candidate>(byPattern.Count + (byPattern.Count / 4));
        for (var p = 0; p < patterns.Length; p++)
        {
            payloadStart[p] = payloads.Count;
            payloads.AddRange(Reduce(byPattern[patterns[p]]));
        }

        payloadStart[patterns.Length] = payloads.Count;
        var trie = TrieLayout.Build(patterns);
        return new ConceptAutomaton(
            trie.EdgeStart, trie.EdgeLabel, trie.EdgeTarget, trie.Output, payloadStart,
            [.. payloads.Select(c => c.Concept)], [.. payloads.Select(c => c.Term.Weight)], [.. payloads.Select(c => c.Term.Kind)],
            [.. payloads.Select(c => c.Term.Text)], [.. payloads.Select(c => c.CaseForm)]);
    }

    private static void Add(Dictionary<string, List<Candidate>> byPattern, LexiconText text, int concept, LexiconTerm term, bool curated)
    {
        text.Load(term.Text);
        if (!TermCompilationRules.Admit(text.Folded, text.Cased, out var caseSensitive)) return;
        var pattern = text.Folded.ToString();
        if (!byPattern.TryGetValue(pattern, out var list)) byPattern[pattern] = list = new List<Candidate>(1);
        list.Add(new Candidate(concept, term, caseSensitive ? text.Cased.ToString() : null, curated));
    }

    // Per concept: lexicon terms shadow extra terms; then the best term first (higher weight, more trusted kind),
    // one candidate per distinct case form, so that an acronym and a plain spelling of one concept both survive.
    private static IEnumerable<Candidate> Reduce(List<Candidate> candidates)
    {
        if (candidates.Count == 1) return candidates; // most patterns: one term of one concept
        return ReduceSeveral(candidates);
    }

    private static IEnumerable<Candidate> ReduceSeveral(List<Candidate> candidates)
    {
        var seen = new HashSet<(int, string?)>();
        foreach (var group in candidates.GroupBy(c => c.Concept).OrderBy(g => g.Key))
        {
            var anyCurated = group.Any(c => c.Curated);
            var ordered = group.Where(c => c.Curated || !anyCurated)
                .OrderByDescending(c => c.Term.Weight).ThenBy(c => c.Term.Kind).ThenBy(c => c.CaseForm is null ? 0 : 1)
                .ThenBy(c => c.Term.Text, StringComparer.Ordinal);
            foreach (var candidate in ordered)
                if (seen.Add((candidate.Concept, candidate.CaseForm))) yield return candidate;
        }
    }

    private sealed record Candidate(int Concept, LexiconTerm Term, string? CaseForm, bool Curated);
}
