using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Lexicon;

/// <summary>
/// Tags a work from its title, keywords and abstract. A concept named in the title or keywords counts fully, in the
/// abstract at <see cref="AbstractFactor"/>; repeated evidence combines as a noisy-or (1 − Π(1 − wᵢ)), so a weight
/// stays in (0, 1] and a concept named everywhere approaches 1 without outweighing everything else. Ancestors get
/// the weight × decay^distance (the strongest path once). The strongest <see cref="MaxConcepts"/> tags are kept,
/// named concepts before ancestors; weights are rounded to 3 decimals so tags are reproducible. A span that names
/// several concepts keeps only its strong readings (<see cref="StrongestReadings"/>).
/// </summary>
public sealed class LexiconWorkTagger(ConceptTagger tagger, double ancestorDecay = ConceptTagger.DefaultAncestorDecay) : IWorkTagger
{
    public const double AbstractFactor = 0.5;
    public const int MaxConcepts = 32;

    public ConceptTagger Tagger { get; } = tagger ?? throw new ArgumentNullException(nameof(tagger));

    public IReadOnlyList<WorkConcept> Tag(Work work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var named = new Dictionary<int, double>();
        Collect(named, work.Title, 1);
        foreach (var keyword in work.Keywords) Collect(named, keyword, 1);
        Collect(named, work.Abstract, AbstractFactor);
        if (named.Count == 0) return [];

        var ancestors = new Dictionary<int, double>();
        foreach (var (concept, weight) in named)
        {
            foreach (var (ancestor, distance) in Tagger.Ancestors(concept))
            {
                if (named.ContainsKey(ancestor)) continue;
                var share = weight * Math.Pow(ancestorDecay, distance);
                if (share > ancestors.GetValueOrDefault(ancestor)) ancestors[ancestor] = share;
            }
        }

        var concepts = Tagger.Lexicon.Concepts;
        return
        [
            .. named.Select(pair => new WorkConcept(concepts[pair.Key].Id, Round(pair.Value), true))
                .Concat(ancestors.Select(pair => new WorkConcept(concepts[pair.Key].Id, Round(pair.Value), false)))
                .Where(tag => tag.Weight > 0)
                .OrderByDescending(tag => tag.Matched).ThenByDescending(tag => tag.Weight).ThenBy(tag => tag.ConceptId, StringComparer.Ordinal)
                .Take(MaxConcepts)
                .OrderByDescending(tag => tag.Weight).ThenBy(tag => tag.ConceptId, StringComparer.Ordinal),
        ];
    }

    private void Collect(Dictionary<int, double> named, string? text, double factor)
    {
        foreach (var match in StrongestReadings.Of(Tagger.Tag(text)))
        {
            var evidence = Math.Min(1, match.Weight * factor);
            named[match.Concept] = 1 - ((1 - named.GetValueOrDefault(match.Concept)) * (1 - evidence));
        }
    }

    private static float Round(double weight) => (float)Math.Round(weight, 3, MidpointRounding.AwayFromZero);
}
