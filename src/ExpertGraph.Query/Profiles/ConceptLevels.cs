using ExpertGraph.Core.Lexicon;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Query.Profiles;

/// <summary>
/// Reads a person's concept profile at one lexicon level. Profiles hold the concepts works name, at whatever level (a
/// title names a topic, rarely a field), so a concept of the level gets its own weight plus, from each of the person's
/// concepts beneath it, that concept's weight × decay^distance, as work tags give ancestors theirs
/// (<see cref="ConceptTagger.DefaultAncestorDecay"/>): a concept named outright outweighs the generic words (Cost,
/// Habitat) that reach a field through long MeSH and ACM chains. A concept with two ancestors at the level (MeSH and
/// ACM are poly-hierarchies) gives to both; one with none there, or above the level, to neither. Concepts the lexicon
/// lacks (tags of an earlier lexicon) are passed over.
/// </summary>
internal static class ConceptLevels
{
    public static ConceptLevelProfile Read(Lexicon? lexicon, IReadOnlyList<PersonConcept> profile, int level, int count)
    {
        if (lexicon is null) return new ConceptLevelProfile(level, []);
        var weights = new Dictionary<int, double>();
        foreach (var entry in profile)
        {
            if (!lexicon.TryFind(entry.ConceptId, out var concept)) continue;
            if (lexicon.Concepts[concept].Level == level)
            {
                weights[concept] = weights.GetValueOrDefault(concept) + entry.Weight;
                continue;
            }

            if (lexicon.Concepts[concept].Level < level) continue;
            foreach (var (ancestor, distance) in lexicon.Ancestors(concept))
            {
                if (lexicon.Concepts[ancestor].Level == level)
                    weights[ancestor] = weights.GetValueOrDefault(ancestor) + (entry.Weight * Math.Pow(ConceptTagger.DefaultAncestorDecay, distance));
            }
        }

        var total = weights.Values.Sum();
        return new ConceptLevelProfile(level, [.. weights
            .OrderByDescending(pair => pair.Value).ThenBy(pair => lexicon.Concepts[pair.Key].Id, StringComparer.Ordinal)
            .Take(count)
            .Select(pair => new ProfileConcept(lexicon.Concepts[pair.Key].Id, lexicon.Concepts[pair.Key].LabelZh, lexicon.Concepts[pair.Key].LabelEn,
                pair.Value, pair.Value / total))]);
    }
}
