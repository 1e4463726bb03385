using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Ingestion.LexiconMining;

/// <summary>
/// Finds the concept an English text names: the concepts with an English label or term equal to it (by
/// <see cref="MinedTextKey"/>), the most trusted kind first (a preferred label outranks a synonym). One concept at the
/// best kind is an answer; several are ambiguous, and a mined term is not pinned on a guess.
/// </summary>
internal sealed class EnglishConceptIndex
{
    private readonly Dictionary<string, (TermKind Kind, SortedSet<string> Concepts)> _byText = new(StringComparer.Ordinal);

    public EnglishConceptIndex(LexiconData lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        foreach (var concept in lexicon.Concepts)
        {
            if (concept.LabelEn.Length > 0) Add(concept.LabelEn, TermKind.Preferred, concept.Id);
        }

        foreach (var term in lexicon.Terms)
        {
            if (term.Language == TermLanguage.En) Add(term.Text, term.Kind, term.ConceptId);
        }
    }

    /// <summary>The concept <paramref name="english"/> names; null with <paramref name="ambiguity"/> set (the ids) when several tie, or unset when none.</summary>
    public string? Find(string english, out IReadOnlyCollection<string>? ambiguity)
    {
        ambiguity = null;
        if (!_byText.TryGetValue(MinedTextKey.Of(english), out var found)) return null;
        if (found.Concepts.Count == 1) return found.Concepts.Min;
        ambiguity = found.Concepts;
        return null;
    }

    private void Add(string text, TermKind kind, string conceptId)
    {
        var key = MinedTextKey.Of(text);
        if (!_byText.TryGetValue(key, out var entry) || kind < entry.Kind)
        {
            _byText[key] = (kind, new SortedSet<string>(StringComparer.Ordinal) { conceptId });
            return;
        }

        if (kind == entry.Kind) entry.Concepts.Add(conceptId);
    }
}
