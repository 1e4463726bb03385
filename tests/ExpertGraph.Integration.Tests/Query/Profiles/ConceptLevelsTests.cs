using ExpertGraph.Core.Lexicon;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Query.Profiles;

namespace ExpertGraph.Integration.Tests.Query.Profiles;

[TestFixture]
public sealed class ConceptLevelsTests
{
    // D1 (level 1) ← F1, F2 (level 2); F1 ← S1, F2 ← S2 (level 3); S1 ← T1 (level 4); M1 (level 5) has parents T1 and S2,
    // so M1 is 1 step from S2, 2 from S1 and F2, 3 from F1.
    private static readonly Lexicon Tree = new(new LexiconData(
    [
        new Concept("D1", 1, [], "领域", "Domain", []),
        new Concept("F1", 2, ["D1"], "生态学", "Ecology", []),
        new Concept("F2", 2, ["D1"], "", "Economics", []),
        new Concept("S1", 3, ["F1"], "", "Conservation", []),
        new Concept("S2", 3, ["F2"], "", "Finance", []),
        new Concept("T1", 4, ["S1"], "", "Biodiversity", []),
        new Concept("M1", 5, ["T1", "S2"], "", "Payments", []),
    ], [], []));

    private static readonly PersonId Person = new(1);

    private static PersonConcept[] Profile =>
    [
        new(Person, "D1", 2.0, 4),      // above both levels: counts for neither
        new(Person, "T1", 1.0, 2),
        new(Person, "M1", 0.8, 1),
        new(Person, "F2", 0.5, 1),
        new(Person, "X:gone", 1.0, 1),  // not in this lexicon
    ];

    [Test]
    public void Read_DisciplineLevel_OwnWeightPlusDescendantsDecayedByDistance()
    {
        var level = ConceptLevels.Read(Tree, Profile, 2, 5);

        // F2: 0.5 own + M1 0.8 × 0.5² = 0.7; F1: T1 1.0 × 0.5² + M1 0.8 × 0.5³ = 0.35; shares of 1.05.
        Assert.That(level.Level, Is.EqualTo(2));
        Assert.That(level.Concepts.Select(c => (c.ConceptId, c.LabelZh, c.LabelEn)), Is.EqualTo(new[] { ("F2", "", "Economics"), ("F1", "生态学", "Ecology") }));
        Assert.That(level.Concepts.Select(c => c.Weight), Is.EqualTo(new[] { 0.7, 0.35 }).Within(1e-9));
        Assert.That(level.Concepts.Select(c => c.Share), Is.EqualTo(new[] { 2 / 3.0, 1 / 3.0 }).Within(1e-9));
    }

    [Test]
    public void Read_SubfieldLevel_APolyHierarchyConceptGivesToBothAncestors()
    {
        var level = ConceptLevels.Read(Tree, Profile, 3, 5);

        // S1: T1 1.0 × 0.5 + M1 0.8 × 0.5² = 0.7; S2: M1 0.8 × 0.5 = 0.4.
        Assert.That(level.Concepts.Select(c => c.ConceptId), Is.EqualTo(new[] { "S1", "S2" }));
        Assert.That(level.Concepts.Select(c => c.Weight), Is.EqualTo(new[] { 0.7, 0.4 }).Within(1e-9));
    }

    [Test]
    public void Read_CountBelowConcepts_KeepsTheStrongestWithSharesOfTheWholeLevel()
    {
        var level = ConceptLevels.Read(Tree, Profile, 2, 1);

        Assert.That(level.Concepts.Select(c => (c.ConceptId, Math.Round(c.Share, 4))), Is.EqualTo(new[] { ("F2", 0.6667) }));
    }

    [Test]
    public void Read_NoLexiconOrNoConceptAtTheLevel_Empty()
    {
        Assert.That(ConceptLevels.Read(null, Profile, 2, 5).Concepts, Is.Empty);
        Assert.That(ConceptLevels.Read(Tree, [new(Person, "D1", 1.0, 1)], 2, 5).Concepts, Is.Empty);
        Assert.That(ConceptLevels.Read(Tree, [], 3, 5).Concepts, Is.Empty);
    }
}
