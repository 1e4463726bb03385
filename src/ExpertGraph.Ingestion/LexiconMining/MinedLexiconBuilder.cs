using ExpertGraph.Core.Lexicon;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Ingestion.LexiconMining;

/// <summary>
/// Gathers the definitions works make, then pins each on the concept its English side names and merges the result
/// into the curated lexicon by <see cref="MinedTermMerge"/>. Definitions that name no concept become candidates.
/// </summary>
internal sealed class MinedLexiconBuilder(LexiconData lexicon)
{
    private readonly EnglishConceptIndex _concepts = new(lexicon);
    private readonly Dictionary<(TermKind Kind, string Text, string Pair), MinedDefinition> _definitions = [];
    private int _worksRead;
    private int _abbreviations;
    private int _pairs;

    public void Add(Work work)
    {
        ArgumentNullException.ThrowIfNull(work);
        _worksRead++;
        foreach (var observation in WorkTermMiner.Observe(work))
        {
            if (observation.Kind == TermKind.Abbreviation) _abbreviations++;
            else _pairs++;
            var key = (observation.Kind, MinedTextKey.Of(observation.Text), MinedTextKey.Of(observation.Pair));
            if (!_definitions.TryGetValue(key, out var definition))
                _definitions[key] = definition = new MinedDefinition(observation.Kind, observation.Language);
            definition.Add(observation);
        }
    }

    public MinedLexicon Build()
    {
        var candidates = new List<MinedCandidate>();
        var byTerm = new Dictionary<(string Concept, TermKind Kind, string Text), List<MinedDefinition>>();
        foreach (var definition in _definitions.Values)
        {
            var concept = _concepts.Find(definition.Pair, out var ambiguity);
            if (concept is null)
            {
                var reason = ambiguity is null ? "no concept" : "ambiguous: " + string.Join('|', ambiguity);
                candidates.Add(new MinedCandidate(definition.Text, definition.Language, definition.Kind, definition.Pair, definition.Works, reason));
                continue;
            }

            var key = (concept, definition.Kind, MinedTextKey.Of(definition.Text));
            if (!byTerm.TryGetValue(key, out var definitions)) byTerm[key] = definitions = [];
            definitions.Add(definition);
        }

        var proposals = byTerm.Select(entry => new MinedTermProposal(
            entry.Key.Concept,
            MostSupported(entry.Value).Text,
            entry.Value[0].Language,
            entry.Key.Kind,
            [.. entry.Value.SelectMany(d => d.Works).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]));
        var merge = MinedTermMerge.Merge(lexicon, proposals);
        var evidence = merge.Kept
            .SelectMany(kept => byTerm[(kept.ConceptId, kept.Kind, MinedTextKey.Of(kept.Text))]
                .SelectMany(d => d.Works.Select(work => new MinedEvidence(kept.ConceptId, kept.Text, kept.Language, kept.Kind, d.Pair, work))))
            .ToList();
        candidates.Sort(CompareCandidates);
        return new MinedLexicon(_worksRead, _abbreviations, _pairs, [.. merge.Kept.Select(k => k.ToTerm())], evidence, candidates, merge);
    }

    private static MinedDefinition MostSupported(List<MinedDefinition> definitions) =>
        definitions.OrderByDescending(d => d.Works.Count).ThenBy(d => d.Text, StringComparer.Ordinal).First();

    private static int CompareCandidates(MinedCandidate a, MinedCandidate b)
    {
        var byWorks = b.Works.Count.CompareTo(a.Works.Count);
        if (byWorks != 0) return byWorks;
        var byText = string.CompareOrdinal(a.Text, b.Text);
        return byText != 0 ? byText : string.CompareOrdinal(a.Pair, b.Pair);
    }
}
