using ExpertGraph.Core.Lexicon;
using ExpertGraph.Search.Expansion;

namespace ExpertGraph.Search.Tests.Expansion;

public sealed class QueryExpanderTests
{
    private static readonly ConceptTagger Tagger = MaterialsLexicon.Tagger();

    [Test]
    public void Expand_ChineseAndEnglishNamesOfOneConcept_SameConceptsAndTermsNothingLeftAsTyped()
    {
        var expander = new QueryExpander(Tagger);

        var zh = expander.Expand("石墨烯");
        var en = expander.Expand("graphene");

        Assert.That(zh.Remainder, Is.Empty);
        Assert.That(en.Remainder, Is.Empty);
        Assert.That(zh.Concepts.Select(c => (c.ConceptId, c.Distance)), Is.EqualTo(en.Concepts.Select(c => (c.ConceptId, c.Distance))));
        Assert.That(zh.Concepts[0].Terms.Select(t => t.Text), Is.EqualTo(en.Concepts[0].Terms.Select(t => t.Text)));
        Assert.That(zh.Concepts[0].MatchedText, Is.EqualTo("石墨烯"));
        Assert.That(en.Concepts[0].MatchedText, Is.EqualTo("graphene"));
    }

    [Test]
    public void Expand_NamedConcept_TermsInBothLanguagesPreferredFirstPermutedHeadingsLeftOut()
    {
        var expansion = new QueryExpander(Tagger).Expand("graphene");

        var graphene = expansion.Concepts.Single(c => c.Distance == 0);
        Assert.That(graphene.ConceptId, Is.EqualTo("MESH:GR"));
        Assert.That(graphene.Terms.Select(t => t.Text), Is.EqualTo(new[] { "Graphene", "single-layer graphite", "石墨烯" }));
        Assert.That(graphene.Terms.Select(t => t.Boost), Is.EqualTo(new[] { 1f, 0.9f, 0.8f }));
    }

    [Test]
    public void Expand_FieldWithDepth_DescendantsWithBoostHalvedPerLevel()
    {
        var one = new QueryExpander(Tagger, new ExpansionOptions { DescendantDepth = 1 }).Expand("材料科学");
        var two = new QueryExpander(Tagger, new ExpansionOptions { DescendantDepth = 2 }).Expand("材料科学");

        Assert.That(one.Concepts.Select(c => (c.ConceptId, c.Distance, c.Boost)), Is.EqualTo(new[]
        {
            ("OA:F1", 0, 1f), ("MESH:G", 1, 0.5f), ("OA:P", 1, 0.5f),
        }));
        Assert.That(two.Concepts.Select(c => (c.ConceptId, c.Distance, c.Boost)), Is.EqualTo(new[]
        {
            ("OA:F1", 0, 1f), ("MESH:G", 1, 0.5f), ("OA:P", 1, 0.5f), ("MESH:GR", 2, 0.25f), ("OA:PE", 2, 0.25f),
        }));
    }

    [Test]
    public void Expand_MixedQuery_WordsNoConceptNamesAreKeptAsTyped()
    {
        var expansion = new QueryExpander(Tagger).Expand("graphene and polymer sensors");

        Assert.That(expansion.Concepts.Where(c => c.Distance == 0).Select(c => c.ConceptId), Is.EquivalentTo(new[] { "MESH:GR", "OA:P" }));
        Assert.That(expansion.Remainder, Is.EqualTo("sensors"));
    }

    [Test]
    public void Expand_NothingNamed_EmptyExpansionWholeTextAsTyped()
    {
        var expansion = new QueryExpander(Tagger).Expand("speech recognition");

        Assert.That(expansion.IsEmpty, Is.True);
        Assert.That(expansion.Remainder, Is.EqualTo("speech recognition"));
    }
}
