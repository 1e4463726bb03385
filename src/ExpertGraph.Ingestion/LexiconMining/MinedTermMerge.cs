using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Ingestion.LexiconMining;

/// <summary>
/// The one rule by which mined terms join the curated lexicon. Texts are compared by <see cref="MinedTextKey"/>, in
/// any language (the tagger matches text, not languages):
/// <list type="number">
/// <item>the text is already a curated term or label of the same concept → dropped (already curated);</item>
/// <item>the text is a curated term or label of another concept → dropped (a vocabulary's word is never re-pointed);</item>
/// <item>the same text mined for several concepts → only the concept with strictly the most supporting works keeps it;
/// on a tie none does (conflicting);</item>
/// <item>anything else is kept, with its weight from <see cref="MinedTermProposal.WeightFor"/>.</item>
/// </list>
/// Curated terms are never changed: the overlay only adds.
/// </summary>
internal static class MinedTermMerge
{
    public static MinedTermMergeResult Merge(LexiconData curated, IEnumerable<MinedTermProposal> proposals)
    {
        ArgumentNullException.ThrowIfNull(curated);
        var curatedConcepts = CuratedConceptsByText(curated);
        int alreadyCurated = 0, curatedForAnother = 0, conflicting = 0;
        var survivors = new List<MinedTermProposal>();
        foreach (var proposal in proposals)
        {
            if (curatedConcepts.TryGetValue(MinedTextKey.Of(proposal.Text), out var concepts))
            {
                if (concepts.Contains(proposal.ConceptId)) alreadyCurated++;
                else curatedForAnother++;
                continue;
            }

            survivors.Add(proposal);
        }

        var kept = new List<MinedTermProposal>();
        foreach (var sameText in survivors.GroupBy(p => MinedTextKey.Of(p.Text), StringComparer.Ordinal))
        {
            var byConcept = sameText.GroupBy(p => p.ConceptId, StringComparer.Ordinal)
                .Select(g => (Proposals: g.ToList(), Works: g.SelectMany(p => p.Works).Distinct(StringComparer.Ordinal).Count()))
                .OrderByDescending(g => g.Works)
                .ToList();
            if (byConcept.Count > 1 && byConcept[0].Works == byConcept[1].Works)
            {
                conflicting += sameText.Count();
                continue;
            }

            kept.AddRange(byConcept[0].Proposals);
            conflicting += byConcept.Skip(1).Sum(g => g.Proposals.Count);
        }

        kept.Sort((a, b) => string.CompareOrdinal(a.ConceptId, b.ConceptId) is var byId and not 0 ? byId : string.CompareOrdinal(a.Text, b.Text));
        return new MinedTermMergeResult(kept, alreadyCurated, curatedForAnother, conflicting);
    }

    private static Dictionary<string, HashSet<string>> CuratedConceptsByText(LexiconData curated)
    {
        var byText = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        void Add(string text, string concept)
        {
            if (text.Length == 0) return;
            var key = MinedTextKey.Of(text);
            if (!byText.TryGetValue(key, out var concepts)) byText[key] = concepts = new HashSet<string>(StringComparer.Ordinal);
            concepts.Add(concept);
        }

        foreach (var concept in curated.Concepts)
        {
            Add(concept.LabelEn, concept.Id);
            Add(concept.LabelZh, concept.Id);
        }

        foreach (var term in curated.Terms) Add(term.Text, term.ConceptId);
        return byText;
    }
}
