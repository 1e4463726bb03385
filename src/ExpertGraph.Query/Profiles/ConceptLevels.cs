using ExpertGraph.Core.Lexicon;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Query.Profiles;

/// <summary>
/// Reads a person's concept profile at one lexicon level (<see cref="Lexicon.WeighAtLevel"/>): profiles hold the
/// concepts works name, at whatever level (a title names a topic, rarely a field), so deeper concepts give to their
/// ancestors at the level, less the farther they are.
/// </summary>
internal static class ConceptLevels
{
    public static ConceptLevelProfile Read(Lexicon? lexicon, IReadOnlyList<PersonConcept> profile, int level, int count)
    {
        if (lexicon is null) return new ConceptLevelProfile(level, []);
        var weights = lexicon.WeighAtLevel(profile.Select(entry => (entry.ConceptId, entry.Weight)), level);
        var total = weights.Values.Sum();
        return new ConceptLevelProfile(level, [.. weights
            .OrderByDescending(pair => pair.Value).ThenBy(pair => lexicon.Concepts[pair.Key].Id, StringComparer.Ordinal)
            .Take(count)
            .Select(pair => new ProfileConcept(lexicon.Concepts[pair.Key].Id, lexicon.Concepts[pair.Key].LabelZh, lexicon.Concepts[pair.Key].LabelEn,
                pair.Value, pair.Value / total))]);
    }
}
