namespace ExpertGraph.Core.Lexicon;

/// <summary>
/// Tags text with lexicon concepts and turns matches into concept profiles. Immutable and thread-safe: each thread
/// reuses its own normalization buffer.
/// </summary>
public sealed class ConceptTagger
{
    public const double DefaultAncestorDecay = 0.5;

    [ThreadStatic]
    private static LexiconText? t_text;

    private readonly (int Concept, int Distance)[]?[] _ancestors;

    public ConceptTagger(Lexicon lexicon, ConceptAutomaton automaton, TraditionalChineseTable? table = null)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(automaton);
        Lexicon = lexicon;
        Automaton = automaton;
        Table = table ?? TraditionalChineseTable.Empty;
        _ancestors = new (int, int)[]?[lexicon.Concepts.Count];
    }

    public Lexicon Lexicon { get; }

    public ConceptAutomaton Automaton { get; }

    public TraditionalChineseTable Table { get; }

    /// <summary>Compiles <paramref name="lexicon"/> (and extra terms, such as mined ones) into a tagger.</summary>
    public static ConceptTagger Create(Lexicon lexicon, IEnumerable<LexiconTerm>? extraTerms = null, TraditionalChineseTable? table = null) =>
        new(lexicon, ConceptAutomatonBuilder.Build(lexicon, extraTerms, table), table);

    /// <summary>Leftmost-longest matches in text order (then concept order), with spans of the original text.</summary>
    public IReadOnlyList<ConceptMatch> Tag(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var buffer = t_text is { } cached && ReferenceEquals(cached.Table, Table) ? cached : t_text = new LexiconText(Table);
        buffer.Load(text);
        var matches = new List<ConceptMatch>();
        Automaton.Match(buffer, matches);
        return matches;
    }

    public IReadOnlyList<ConceptWeight> Profile(string? text, double ancestorDecay = DefaultAncestorDecay) =>
        Profile(Tag(text), ancestorDecay);

    /// <summary>
    /// Concept weights: each match adds its term's weight to its concept, and to each ancestor that weight ×
    /// decay^distance, the distance being the shortest chain of parents (a concept reached by two paths gets the
    /// larger share once, not the sum). Ordered by weight, heaviest first, then by concept number.
    /// </summary>
    public IReadOnlyList<ConceptWeight> Profile(IEnumerable<ConceptMatch> matches, double ancestorDecay = DefaultAncestorDecay)
    {
        ArgumentNullException.ThrowIfNull(matches);
        if (ancestorDecay is < 0 or > 1 || double.IsNaN(ancestorDecay))
            throw new ArgumentOutOfRangeException(nameof(ancestorDecay), ancestorDecay, "the ancestor decay must be in [0, 1]");
        var weights = new Dictionary<int, double>();
        foreach (var match in matches)
        {
            weights[match.Concept] = weights.GetValueOrDefault(match.Concept) + match.Weight;
            if (ancestorDecay == 0) continue;
            foreach (var (ancestor, distance) in AncestorsOf(match.Concept))
                weights[ancestor] = weights.GetValueOrDefault(ancestor) + (match.Weight * Math.Pow(ancestorDecay, distance));
        }

        var profile = weights.Select(pair => new ConceptWeight(pair.Key, pair.Value)).ToList();
        profile.Sort((a, b) => b.Weight != a.Weight ? b.Weight.CompareTo(a.Weight) : a.Concept.CompareTo(b.Concept));
        return profile;
    }

    // Computed on first need and kept: a benign race at worst computes the same array twice.
    /// <summary>A concept's ancestors with their distances (as <see cref="Lexicon.Ancestors"/>), computed once and kept.</summary>
    public IReadOnlyList<(int Concept, int Distance)> Ancestors(int concept) => AncestorsOf(concept);

    private (int Concept, int Distance)[] AncestorsOf(int concept) =>
        _ancestors[concept] ??= [.. Lexicon.Ancestors(concept)];
}
