using ExpertGraph.Ingestion.Normalization;

namespace ExpertGraph.Ingestion.Tests.Normalization;

public sealed class MarkupTextTests
{
    [TestCase("Plain title with a < b and p<0.05", "Plain title with a < b and p<0.05")]
    [TestCase("AT&T and R&D", "AT&T and R&D")]
    [TestCase(null, null)]
    [TestCase("", "")]
    public void ToPlainText_TextWithoutMarkup_IsReturnedAsItIs(string? text, string? expected)
    {
        Assert.That(MarkupText.ToPlainText(text), Is.EqualTo(expected));
        if (text is not null) Assert.That(MarkupText.ToPlainText(text), Is.SameAs(text));
    }

    [Test]
    public void ToPlainText_JatsAbstractFromCrossref_DropsTagsAndLeadingAbstractTitle()
    {
        // The shape of Crossref abstracts (records/crossref-rest-json): a jats:title "Abstract", then jats:p paragraphs.
        const string jats = "<jats:title>Abstract</jats:title><jats:p>First paragraph with <jats:italic>in vivo</jats:italic> data.</jats:p><jats:p>Second&#160;one &amp; more.</jats:p>";

        Assert.That(MarkupText.ToPlainText(jats), Is.EqualTo("First paragraph with in vivo data. Second one & more."));
    }

    [Test]
    public void ToPlainText_TitleThatIsNotLeading_IsKept()
    {
        Assert.That(MarkupText.ToPlainText("<jats:p>Intro.</jats:p><jats:sec><jats:title>Methods</jats:title><jats:p>We did it.</jats:p></jats:sec>"),
            Is.EqualTo("Intro. Methods We did it."));
    }

    [Test]
    public void ToPlainText_MathMl_PowersKeepTheirCaret()
    {
        // From a real Crossref abstract: a white blood count of 22.2 × 10^9 /L.
        const string math = "count (<mml:math xmlns:mml=\"http://www.w3.org/1998/Math/MathML\"><mml:mtext>22</mml:mtext><mml:mtext>.2</mml:mtext><mml:mo>×</mml:mo><mml:msup><mml:mtext>10</mml:mtext><mml:mtext>9</mml:mtext></mml:msup></mml:math>/L)";

        Assert.That(MarkupText.ToPlainText(math), Is.EqualTo("count (22.2×10^9/L)"));
    }

    [Test]
    public void ToPlainText_MathMlWithAltText_UsesIt()
    {
        Assert.That(MarkupText.ToPlainText("Let <mml:math alttext=\"x_2\"><mml:msub><mml:mi>x</mml:mi><mml:mn>2</mml:mn></mml:msub></mml:math> be"),
            Is.EqualTo("Let x_2 be"));
    }

    [Test]
    public void ToPlainText_HtmlInlineAndEntities_JoinWithoutSpaces()
    {
        Assert.That(MarkupText.ToPlainText("H<sub>2</sub>O and CO<sub>2</sub> at 10<sup>-3</sup> &lt;1&gt; caf&eacute;"),
            Is.EqualTo("H2O and CO2 at 10-3 <1> café"));
    }

    [Test]
    public void ToPlainText_UnclosedTagsAndBareAmpersand_AreTolerated()
    {
        Assert.That(MarkupText.ToPlainText("<p>Open <b>bold & <i>italic"), Is.EqualTo("Open bold & italic"));
    }

    [Test]
    public void ToPlainText_ScriptAndStyle_AreDropped()
    {
        Assert.That(MarkupText.ToPlainText("<style>p{}</style><p>Text</p><script>alert(1)</script>"), Is.EqualTo("Text"));
    }

    [Test]
    public void ToPlainText_LatexLessThanBesideMarkup_StaysText()
    {
        // arXiv 0704.0054's abstract (records/arxiv-metadata-snapshot-sample): "<p\le" is no tag, and must not swallow
        // the rest of the text; an entity elsewhere still sends the text through the parser.
        const string latex = @"the Hardy-Lorentz spaces $H^{p,q}(R^n)$, with $0<p\le 1$, $0<q\le \infty$. We discuss";

        Assert.That(MarkupText.ToPlainText(latex), Is.EqualTo(latex));
        Assert.That(MarkupText.ToPlainText("<i>x</i> for $n<k$ &amp; $k<m$"), Is.EqualTo("x for $n<k$ & $k<m$"));
    }

    [TestCase("a<b", true)]
    [TestCase("</i>", true)]
    [TestCase("&amp;", true)]
    [TestCase("&#160;", true)]
    [TestCase("&eacute;", true)]
    [TestCase("AT&T R&D", false)]
    [TestCase("x < y & z", false)]
    [TestCase("p<0.05", false)]
    [TestCase("ends with <", false)]
    public void HasMarkup_LooksForTagsAndReferences(string text, bool expected)
    {
        Assert.That(MarkupText.HasMarkup(text), Is.EqualTo(expected));
    }
}
