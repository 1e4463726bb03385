using ExpertGraph.Core.Lexicon;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Ingestion.LexiconMining;

/// <summary>What one work defines: abbreviations in its title and abstract, zh–en pairs in its keywords.</summary>
internal static class WorkTermMiner
{
    public static IEnumerable<MinedObservation> Observe(Work work)
    {
        var key = work.Key.ToString();
        foreach (var definition in AbbreviationMiner.Find(work.Title).Concat(AbbreviationMiner.Find(work.Abstract)))
            yield return new MinedObservation(TermKind.Abbreviation, definition.ShortForm, TermLanguage.En, definition.LongForm, key);
        foreach (var pair in BilingualPairMiner.FromKeywords(work.Keywords))
            yield return new MinedObservation(TermKind.Translation, pair.Zh, TermLanguage.Zh, pair.En, key);
    }
}
