using System.Collections.Frozen;

namespace ExpertGraph.Core.Lexicon;

/// <summary>
/// Guard rails that keep the automaton from tagging noise. A term that a rule rejects stays in the lexicon (query
/// expansion and `lexicon show` still see it); it is only not matched in running text.
/// </summary>
internal static class TermCompilationRules
{
    /// <summary>Acronyms are at most this many letters; longer all-capital terms are ordinary headings ("HIV INFECTIONS").</summary>
    public const int MaxAcronymLetters = 6;

    /// <summary>
    /// A phrase that is a near-synonym of more concepts than this names none of them: OpenAlex gives "machine
    /// learning" as a keyword of 31 topics and "education" of 60. Such near-synonyms are not compiled for that
    /// phrase (its preferred, synonym and translation terms still are).
    /// </summary>
    public const int MaxNearSynonymConcepts = 3;

    /// <summary>Latin terms shorter than this match only as acronyms: two lower-case letters are a word piece, not a concept.</summary>
    public const int MinLatinLength = 3;

    // Generic English words that vocabularies carry as concepts or entry terms (MeSH descriptors "Methods", "Time",
    // "Role", "Work", "Names", "Research", "Paper", "Form"; entry terms "Man", "Set", "Age", "Will" (Volition),
    // "Understanding" (Comprehension), "Self", "Report") but that in a title or abstract are almost always plain English
    // ("this paper", "Abstract:", "a review of"). Matching them would give every work the same few concepts.
    // Keep this list short: each entry must be a word whose technical sense is rare in running text.
    private static readonly FrozenSet<string> StopTerms = FrozenSet.ToFrozenSet(
    [
        "abstract", "age", "aged", "analysis", "area", "case", "change", "control", "data", "design", "disease", "effect",
        "female", "form", "future", "human", "humans", "language", "light", "male", "man", "method", "methods",
        "model", "names", "paper", "patients", "play", "population", "reading", "report", "research", "review", "role",
        "self", "set", "solution", "solutions", "study", "system", "systems", "time", "understanding", "will", "work",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopTermsBySpan =
        StopTerms.GetAlternateLookup<ReadOnlySpan<char>>();

    public static IReadOnlySet<string> Stopped => StopTerms;

    /// <summary>
    /// Whether a normalized term is compiled, and the form that must appear in the text's own case when it is an
    /// acronym. <paramref name="folded"/> and <paramref name="cased"/> come from <see cref="LexiconText"/>.
    /// </summary>
    public static bool Admit(ReadOnlySpan<char> folded, ReadOnlySpan<char> cased, TermKind kind, out bool caseSensitive)
    {
        caseSensitive = false;
        var hasCjk = false;
        var letters = 0;
        var allUpper = true;
        foreach (var c in cased)
        {
            if (LexiconChars.IsCjk(c)) hasCjk = true;
            else if (char.IsLetter(c))
            {
                letters++;
                if (!char.IsUpper(c)) allUpper = false;
            }
        }

        if (!hasCjk && letters == 0) return false; // numbers and symbols are not concepts
        if (hasCjk) return folded.Length > 1; // one Han character is a morpheme inside countless words
        if (StopTermsBySpan.Contains(folded)) return false;

        // A near-synonym is imprecise by definition (OpenAlex topic keywords: "fish", "management", "function" each
        // name several topics); one such word in running text says next to nothing about the work.
        if (kind == TermKind.NearSynonym && !folded.Contains(' ')) return false;

        // "ALL", "CNN", "AIDS", "AI": acronyms that are also words (or word pieces) mean the concept only in capitals.
        caseSensitive = allUpper && letters <= MaxAcronymLetters && folded.Length >= 2;
        return caseSensitive || folded.Length >= MinLatinLength;
    }
}
