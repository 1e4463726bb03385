using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Core.Tests.Lexicon;

public sealed class StrongestReadingsTests
{
    [Test]
    public void Of_SpanWithAStrongAndWeakReadings_KeepsReadingsAtLeastHalfTheStrongestPerSpan()
    {
        ConceptMatch[] matches =
        [
            new(1, "machine learning", 1f, TermKind.Preferred, 0, 16),
            new(2, "machine learning", 0.3f, TermKind.NearSynonym, 0, 16),
            new(3, "machine learning", 0.5f, TermKind.Translation, 0, 16),
            new(4, "lasers", 0.3f, TermKind.NearSynonym, 21, 6),
            new(5, "lasers", 0.3f, TermKind.NearSynonym, 21, 6),
        ];

        var kept = StrongestReadings.Of(matches);

        Assert.That(kept.Select(m => m.Concept), Is.EqualTo(new[] { 1, 3, 4, 5 }), "weak readings stay where nothing stronger names the span");
    }
}
