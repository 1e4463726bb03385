using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Core.Tests.Lexicon;

public sealed class LexiconTextTests
{
    // Input → normalized form, each expected value worked out by hand from the Unicode tables.
    private static readonly object[] Cases =
    [
        new object[] { "ＡＢＣ１２３", "abc123" },
        new object[] { "Ｇｒａｐｈｅｎｅ", "graphene" },
        new object[] { "  ＭＡＣＨＩＮＥ  ＬＥＡＲＮＩＮＧ", "machine learning" },
        new object[] { "機器學習", "机器学习" },
        new object[] { "ﬁbrosis", "fibrosis" },
        new object[] { "non-small-cell", "non small cell" },
        new object[] { "  Deep,   learning!  ", "deep learning" },
        new object[] { "hy\u00ADphen", "hyphen" },
        new object[] { "Schro\u0308dinger", "schr\u00F6dinger" },
        new object[] { "机器\u3000学习", "机器 学习" },
        new object[] { "石墨烯，光刻。", "石墨烯 光刻" },
        new object[] { "TITANIUM", "titanium" },
        new object[] { "Lithium", "lithium" },
        new object[] { "\u0130", "i" },
        new object[] { "IL-6 (interleukin 6)", "il 6 interleukin 6" },
        new object[] { "", "" },
        new object[] { " \t\n ", "" },
    ];

    [TestCaseSource(nameof(Cases))]
    public void Normalize_GivesTheExpectedForm(string input, string expected) =>
        Assert.That(LexiconText.Normalize(input, SmallLexicon.Table()), Is.EqualTo(expected));

    [TestCaseSource(nameof(Cases))]
    [SetCulture("tr-TR")]
    [SetUICulture("tr-TR")]
    public void Normalize_UnderTurkishCulture_GivesTheSameForm(string input, string expected) =>
        Assert.That(LexiconText.Normalize(input, SmallLexicon.Table()), Is.EqualTo(expected));

    [Test]
    public void Normalize_WithoutTable_KeepsTraditionalCharacters() =>
        Assert.That(LexiconText.Normalize("機器學習"), Is.EqualTo("機器學習"));

    [Test]
    public void Cased_KeepsTheCaseAfterNfkc()
    {
        var text = new LexiconText();
        text.Load("ＣＮＮ-based");
        Assert.That(text.Cased.ToString(), Is.EqualTo("CNN based"));
        Assert.That(text.Folded.ToString(), Is.EqualTo("cnn based"));
    }

    [Test]
    public void ToOriginal_LigatureExpansion_MapsBothLettersToTheLigature()
    {
        var text = new LexiconText();
        text.Load("ﬁber");
        Assert.That(text.Folded.ToString(), Is.EqualTo("fiber"));
        Assert.That(text.ToOriginal(0, 1), Is.EqualTo((0, 1)));
        Assert.That(text.ToOriginal(1, 1), Is.EqualTo((0, 1)));
        Assert.That(text.ToOriginal(0, 5), Is.EqualTo((0, 4)));
        Assert.That(text.ToOriginal(2, 3), Is.EqualTo((1, 3)));
    }

    [Test]
    public void ToOriginal_CollapsedSeparatorRun_SpansTheWholeRun()
    {
        var text = new LexiconText();
        text.Load("  a -- b ");
        Assert.That(text.Folded.ToString(), Is.EqualTo("a b"));
        Assert.That(text.ToOriginal(0, 1), Is.EqualTo((2, 1)));
        Assert.That(text.ToOriginal(1, 1), Is.EqualTo((3, 4)));
        Assert.That(text.ToOriginal(0, 3), Is.EqualTo((2, 6)));
    }

    [Test]
    public void ToOriginal_ComposedCombiningMark_CoversBaseAndMark()
    {
        var text = new LexiconText();
        text.Load("Schro\u0308dinger");
        Assert.That(text.Length, Is.EqualTo(11));
        Assert.That(text.ToOriginal(4, 1), Is.EqualTo((4, 2)));
        Assert.That(text.ToOriginal(5, 6), Is.EqualTo((6, 6)));
    }

    [Test]
    public void Load_ReusedBuffer_ForgetsThePreviousText()
    {
        var text = new LexiconText();
        text.Load(new string('x', 1000) + " long text");
        text.Load("Short");
        Assert.That(text.Folded.ToString(), Is.EqualTo("short"));
        Assert.That(text.ToOriginal(0, 5), Is.EqualTo((0, 5)));
    }

    [Test]
    public void Load_SupplementaryCharacter_KeepsThePairAndItsSpan()
    {
        var text = new LexiconText();
        text.Load("a 𠀀b"); // U+20000, CJK extension B: a surrogate pair
        Assert.That(text.Folded.ToString(), Is.EqualTo("a 𠀀b"));
        Assert.That(text.ToOriginal(2, 2), Is.EqualTo((2, 2)));
    }
}
