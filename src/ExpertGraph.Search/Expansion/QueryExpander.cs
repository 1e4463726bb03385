using System.Text;
using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Search.Expansion;

/// <summary>
/// Expands a query (zh, en or mixed) through the lexicon: the concepts its words name (leftmost-longest, as works are
/// tagged), each concept's terms in both languages, and descendants to <see cref="ExpansionOptions.DescendantDepth"/>
/// with a boost decaying per step. Thread-safe.
/// </summary>
public sealed class QueryExpander
{
    private readonly ConceptTagger _tagger;
    private readonly ExpansionOptions _options;

    public QueryExpander(ConceptTagger tagger, ExpansionOptions? options = null)
    {
        _tagger = tagger ?? throw new ArgumentNullException(nameof(tagger));
        _options = options ?? new ExpansionOptions();
        var problems = _options.Validate();
        if (problems.Count > 0) throw new ArgumentException(string.Join("; ", problems), nameof(options));
    }

    public Lexicon Lexicon => _tagger.Lexicon;

    public QueryExpansion Expand(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = StrongestReadings.Of(_tagger.Tag(text));
        // The readings a span keeps are equally valid: each carries the span's best weight, so a concept named in
        // Chinese gets the boost it gets when named in English, whichever of its terms the words happened to match.
        var spanWeight = new Dictionary<(int Start, int Length), float>();
        foreach (var match in matches)
            spanWeight[(match.Start, match.Length)] = Math.Max(spanWeight.GetValueOrDefault((match.Start, match.Length)), match.Weight);
        var named = new Dictionary<int, (float Boost, string Text)>();
        var covered = new bool[text.Length];
        foreach (var match in matches)
        {
            for (var i = match.Start; i < match.Start + match.Length && i < covered.Length; i++) covered[i] = true;
            var words = text.Substring(match.Start, match.Length);
            var weight = spanWeight[(match.Start, match.Length)];
            if (!named.TryGetValue(match.Concept, out var seen) || weight > seen.Boost) named[match.Concept] = (weight, words);
        }

        var concepts = new List<ExpandedConcept>();
        var included = new HashSet<int>(named.Keys);
        foreach (var (concept, (boost, words)) in named.OrderByDescending(p => p.Value.Boost).ThenBy(p => p.Key))
            concepts.Add(Describe(concept, 0, words, boost, _options.TermsPerConcept));

        foreach (var (concept, (boost, _)) in named.OrderByDescending(p => p.Value.Boost).ThenBy(p => p.Key))
        {
            var descendants = Lexicon.Descendants(concept, _options.DescendantDepth)
                .OrderBy(d => d.Distance).ThenBy(d => d.Concept)
                .Take(_options.MaxDescendants);
            foreach (var (descendant, distance) in descendants)
            {
                if (!included.Add(descendant)) continue;
                var decayed = (float)(boost * Math.Pow(_options.DescendantDecay, distance));
                concepts.Add(Describe(descendant, distance, null, decayed, 2));
            }
        }

        return new QueryExpansion(text, concepts, Remainder(text, covered));
    }

    private ExpandedConcept Describe(int concept, int distance, string? words, float boost, int termLimit)
    {
        var node = Lexicon.Concepts[concept];
        // Permuted headings ("Acid, Ascorbic") name the concept for indexers, not in prose: they are not searched.
        var terms = Lexicon.Terms(concept)
            .Where(t => !t.Text.Contains(", ", StringComparison.Ordinal))
            .DistinctBy(t => t.Text, StringComparer.OrdinalIgnoreCase)
            .Take(termLimit)
            .Select(t => new ExpandedTerm(t.Text, t.Language, t.Kind, boost * t.Weight))
            .ToList();
        return new ExpandedConcept(node.Id, node.LabelEn, node.LabelZh, node.Level, distance, words, boost, terms);
    }

    private static string Remainder(string text, bool[] covered)
    {
        var rest = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++) rest.Append(covered[i] ? ' ' : text[i]);
        // What is left must still hold a word: lone punctuation and joining words do not make a remainder.
        var remainder = string.Join(' ', rest.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(word => word.Any(char.IsLetterOrDigit) && !JoiningWords.Contains(word)));
        return remainder;
    }

    private static readonly HashSet<string> JoiningWords = new(StringComparer.OrdinalIgnoreCase) { "and", "or", "of", "in", "for", "the", "on", "with", "和", "与", "及" };
}
