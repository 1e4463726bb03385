using ExpertGraph.Core.Lexicon;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Tests.Lexicon;

public sealed class LexiconWorkTaggerTests
{
    private static readonly LexiconWorkTagger Tagger = new(ConceptTagger.Create(new ExpertGraph.Core.Lexicon.Lexicon(new LexiconData(
        [
            new Concept("F", 2, [], "材料科学", "Materials Science", ["F"]),
            new Concept("G", 4, ["F"], "石墨", "Graphite", ["G"]),
            new Concept("GR", 5, ["G"], "石墨烯", "Graphene", ["GR"]),
            new Concept("P", 3, ["F"], "高分子", "Polymers", ["P"]),
        ],
        [
            new LexiconTerm("G", "graphite", TermLanguage.En, TermKind.Preferred, 1f, "T"),
            new LexiconTerm("GR", "graphene", TermLanguage.En, TermKind.Preferred, 1f, "T"),
            new LexiconTerm("GR", "石墨烯", TermLanguage.Zh, TermKind.Translation, 0.8f, "T"),
            new LexiconTerm("P", "polymer", TermLanguage.En, TermKind.Synonym, 0.9f, "T"),
        ],
        []))));

    [Test]
    public void Tag_TitleAndAbstract_NamedConceptsFullOrHalvedAncestorsDecayedStrongestFirst()
    {
        var work = new Work(new SourceKey("t", "1"), WorkKind.Paper, "Graphene membranes") { Abstract = "A polymer support." };

        var tags = Tagger.Tag(work);

        // graphene in the title: 1; polymer in the abstract: 0.9 × 0.5; graphite is graphene's parent (× 0.5);
        // materials science is two steps from graphene (0.25) and one from polymer (0.225): the larger share counts.
        Assert.That(tags, Is.EqualTo(new[]
        {
            new WorkConcept("GR", 1f, true),
            new WorkConcept("G", 0.5f, false),
            new WorkConcept("P", 0.45f, true),
            new WorkConcept("F", 0.25f, false),
        }));
    }

    [Test]
    public void Tag_ConceptNamedTwice_EvidenceCombinesAsNoisyOrBelowOne()
    {
        var work = new Work(new SourceKey("t", "2"), WorkKind.Paper, "石墨烯 sensors") { Keywords = ["graphene"], Abstract = "Graphene again." };

        var graphene = Tagger.Tag(work).Single(t => t.ConceptId == "GR");

        // 1 − (1 − 0.8)(1 − 1)(1 − 0.5) = 1: the keyword is certain; a title alone gives 0.8.
        Assert.That(graphene.Weight, Is.EqualTo(1f));
        var titleOnly = Tagger.Tag(new Work(new SourceKey("t", "3"), WorkKind.Paper, "石墨烯 sensors") { Abstract = "graphene" }).Single(t => t.ConceptId == "GR");
        Assert.That(titleOnly.Weight, Is.EqualTo(0.9f), "1 − (1 − 0.8)(1 − 0.5)");
    }

    [Test]
    public void Tag_NoConceptNamed_NoTags()
    {
        Assert.That(Tagger.Tag(new Work(new SourceKey("t", "4"), WorkKind.Paper, "Speech recognition")), Is.Empty);
    }
}
