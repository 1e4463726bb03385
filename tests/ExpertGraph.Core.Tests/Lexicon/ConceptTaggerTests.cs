using System.Text;
using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Core.Tests.Lexicon;

public sealed class ConceptTaggerTests
{
    private ExpertGraph.Core.Lexicon.Lexicon _lexicon = null!;
    private ConceptTagger _tagger = null!;

    [OneTimeSetUp]
    public void Compile()
    {
        _lexicon = SmallLexicon.Create();
        _tagger = ConceptTagger.Create(_lexicon, table: SmallLexicon.Table());
    }

    // Each expected match: concept id, term, original start, original length.
    [TestCase("Machine learning methods", "T:ML|machine learning|0|16")]
    [TestCase("machine learnings", "T:MACHINE|machine|0|7")]
    [TestCase("cellular biology", "")]
    [TestCase("T-cell counts", "T:CELL|cell|2|4")]
    [TestCase("cells and cell", "T:CELL|cells|0|5;T:CELL|cell|10|4")]
    [TestCase("non small cell lung carcinoma", "T:NSCLC|non-small-cell lung carcinoma|0|29")]
    [TestCase("Non–small‐cell lung carcinoma", "T:NSCLC|non-small-cell lung carcinoma|0|29")]
    [TestCase("基于机器学习的方法", "T:ML|机器学习|2|4")]
    [TestCase("採用機器學習", "T:ML|机器学习|2|4")]
    [TestCase("采用EUV光刻技术", "T:EUV|EUV光刻|2|5")]
    [TestCase("XEUV光刻", "T:LITHO|光刻|4|2")]
    [TestCase("EUV lithography and lithography", "T:EUV|EUV lithography|0|15;T:LITHO|lithography|20|11")]
    [TestCase("ALL patients", "T:ALL|ALL|0|3")]
    [TestCase("all patients", "")]
    [TestCase("All patients", "")]
    [TestCase("a CNN model", "T:CNN|CNN|2|3;T:NEWS|CNN|2|3")]
    [TestCase("cnn", "")]
    [TestCase("ＣＮＮ", "T:CNN|CNN|0|3;T:NEWS|CNN|0|3")]
    [TestCase("ML models", "T:ML|ML|0|2")]
    [TestCase("5 ml of water", "")]
    [TestCase("go to the light", "")]
    [TestCase("光学", "")]
    [TestCase("cytology", "")]
    [TestCase("statistical learning", "T:ML|statistical learning|0|20")]
    [TestCase("光刻", "T:LITHO|光刻|0|2")]
    [TestCase("ﬁbrosis", "T:FIBROSIS|fibrosis|0|7")]
    [TestCase("  ＭＡＣＨＩＮＥ  ＬＥＡＲＮＩＮＧ", "T:ML|machine learning|2|17")]
    public void Tag_FindsLeftmostLongestMatchesAtAdmissibleEnds(string text, string expected) =>
        Assert.That(Describe(_tagger.Tag(text)), Is.EqualTo(expected));

    [TestCase("Machine learning methods", "T:ML|machine learning|0|16")]
    [TestCase("TITANIUM and MACHINE LEARNING", "T:ML|machine learning|13|16")]
    [TestCase("İnternational ALL", "T:ALL|ALL|14|3")]
    [SetCulture("tr-TR")]
    [SetUICulture("tr-TR")]
    public void Tag_UnderTurkishCulture_GivesTheInvariantMatches(string text, string expected) =>
        Assert.That(Describe(_tagger.Tag(text)), Is.EqualTo(expected));

    [TestCase(null)]
    [TestCase("")]
    [TestCase(" ,.;\t\n ")]
    public void Tag_EmptyOrSeparatorsOnly_FindsNothing(string? text) =>
        Assert.That(_tagger.Tag(text), Is.Empty);

    [Test]
    public void Tag_HugeInput_FindsEveryOccurrence()
    {
        const int repeats = 50_000;
        var text = new StringBuilder().Insert(0, "machine learning，机器学习; cellular ", repeats).ToString();
        var matches = _tagger.Tag(text);
        Assert.That(matches, Has.Count.EqualTo(2 * repeats));
        Assert.That(matches[^1].Start, Is.EqualTo(text.Length - "机器学习; cellular ".Length));
    }

    [Test]
    public void Tag_EveryBmpCharacter_IncludingLoneSurrogatesAndNoncharacters_DoesNotThrow()
    {
        var text = new string([.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)]) + "机器学习";
        var matches = _tagger.Tag(text);
        Assert.That(matches[^1].Start, Is.EqualTo(char.MaxValue + 1));
        Assert.That(matches[^1].Length, Is.EqualTo(4));
    }

    [Test]
    public void Tag_ExtraTerms_AddNewFormsButNeverReplaceLexiconTerms()
    {
        var extra = new[]
        {
            SmallLexicon.Term("T:CNN", "convnet", kind: TermKind.Synonym, weight: 0.4f, source: "MINED:W1"),
            SmallLexicon.Term("T:ML", "Machine Learning", kind: TermKind.Synonym, weight: 0.3f, source: "MINED:W2"),
            SmallLexicon.Term("T:GONE", "vanished concept", weight: 0.3f, source: "MINED:W3"),
        };
        var tagger = ConceptTagger.Create(_lexicon, extra, SmallLexicon.Table());
        var matches = tagger.Tag("a convnet for machine learning on a vanished concept");
        Assert.That(Describe(matches), Is.EqualTo("T:CNN|convnet|2|7;T:ML|machine learning|14|16"));
        Assert.That(matches.Select(m => m.Weight), Is.EqualTo(new[] { 0.4f, 1f }));
    }

    [Test]
    public void Tag_NearSynonymOfManyConcepts_TagsOnlyTheConceptsItTrulyNames()
    {
        // "neural computing" is a near-synonym of four concepts (too vague to tag) and a synonym of CNN.
        var extra = new[] { "T:CS", "T:ML", "T:VISION", "T:NEWS" }
            .Select(c => SmallLexicon.Term(c, "neural computing", kind: TermKind.NearSynonym, weight: 0.3f))
            .Append(SmallLexicon.Term("T:CNN", "neural computing", kind: TermKind.Synonym, weight: 0.7f))
            .Append(SmallLexicon.Term("T:ML", "pattern learning", kind: TermKind.NearSynonym, weight: 0.3f))
            .Append(SmallLexicon.Term("T:VISION", "pattern learning", kind: TermKind.NearSynonym, weight: 0.3f));
        var tagger = ConceptTagger.Create(_lexicon, extra, SmallLexicon.Table());
        Assert.That(Describe(tagger.Tag("neural computing; pattern learning")),
            Is.EqualTo("T:CNN|neural computing|0|16;T:ML|pattern learning|18|16;T:VISION|pattern learning|18|16"));
    }

    [Test]
    public void Profile_AncestorsGetDecayedWeightOncePerMatchByTheShortestPath()
    {
        // CNN → ML → CS and CNN → VISION → CS: CS is two steps away on both paths and gets 1 × 0.5², not twice that.
        var profile = _tagger.Profile("convolutional neural network");
        Assert.That(DescribeProfile(profile), Is.EqualTo("T:CNN=1;T:ML=0.5;T:VISION=0.5;T:CS=0.25"));
    }

    [Test]
    public void Profile_RepeatedMatches_Add()
    {
        var profile = _tagger.Profile("convolutional neural network (CNN) and computer vision");
        // CNN 1 + 0.9; NEWS 0.5 (the other "CNN"); VISION 0.5 + 0.45 + 1; ML 0.5 + 0.45; CS 0.25 + 0.225 + 0.5.
        Assert.That(DescribeProfile(profile), Is.EqualTo("T:VISION=1.95;T:CNN=1.9;T:CS=0.975;T:ML=0.95;T:NEWS=0.5"));
    }

    [Test]
    public void Profile_ConfigurableDecay_ScalesAncestors()
    {
        var profile = _tagger.Profile("卷积神经网络", ancestorDecay: 0.1);
        Assert.That(DescribeProfile(profile), Is.EqualTo("T:CNN=1;T:ML=0.1;T:VISION=0.1;T:CS=0.01"));
    }

    [Test]
    public void Profile_DecayOutsideZeroToOne_IsRejected() =>
        Assert.That(() => _tagger.Profile("cell", ancestorDecay: 1.5), Throws.TypeOf<ArgumentOutOfRangeException>());

    [Test]
    public void Automaton_RefusesGuardedTerms()
    {
        // 28 lexicon terms less "光" (one Han character), "go" (two lower-case letters), "light" (stop list) and
        // "cytology" (a one-word near-synonym) leave 24 payloads; "CNN" of two concepts is one pattern.
        Assert.That(_tagger.Automaton.PatternCount, Is.EqualTo(23));
        Assert.That(_tagger.Automaton.PayloadCount, Is.EqualTo(24));
    }

    private string Describe(IReadOnlyList<ConceptMatch> matches) => string.Join(';', matches.Select(m =>
        $"{_lexicon.Concepts[m.Concept].Id}|{m.Term}|{m.Start}|{m.Length}"));

    private string DescribeProfile(IReadOnlyList<ConceptWeight> profile) => string.Join(';', profile.Select(w =>
        $"{_lexicon.Concepts[w.Concept].Id}={Math.Round(w.Weight, 6).ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
}
