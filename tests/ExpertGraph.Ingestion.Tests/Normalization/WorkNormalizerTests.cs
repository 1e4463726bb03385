using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Normalization;

namespace ExpertGraph.Ingestion.Tests.Normalization;

public sealed class WorkNormalizerTests
{
    private readonly WorkNormalizer _normalizer = new(new CountryResolver());

    [Test]
    public void Normalize_FullWidthFormsInTitleNamesAndAffiliations_FoldedToHalfWidth()
    {
        // CNKI and Chinese funders' exports write Latin letters, digits and punctuation full-width.
        var work = new Work(new SourceKey("test", "1"), WorkKind.Paper, "ＣＲＩＳＰＲ－Ｃａｓ９基因编辑：综述（２０１９）")
        {
            Authors = [new AuthorMention("Ｚｈａｎｇ　Ｗｅｉ", 1) { Affiliations = [new AffiliationMention("清华大学，北京　１０００８４")] }],
        };

        var normalized = _normalizer.Normalize(work, out _)!;

        Assert.That(normalized.Title, Is.EqualTo("CRISPR-Cas9基因编辑:综述(2019)"));
        Assert.That(normalized.Authors[0].RawName, Is.EqualTo("Zhang Wei"));
        Assert.That(normalized.Authors[0].Affiliations[0].RawText, Is.EqualTo("清华大学,北京 100084"));
    }

    [Test]
    public void Normalize_JatsAbstractAndHtmlTitle_BecomePlainText()
    {
        var work = new Work(new SourceKey("test", "2"), WorkKind.Paper, "Effects of CO<sub>2</sub> on <i>Arabidopsis</i>")
        {
            Abstract = "<jats:title>Abstract</jats:title><jats:p>We grew plants at 800&#160;ppm.</jats:p>",
        };

        var normalized = _normalizer.Normalize(work, out _)!;

        Assert.That(normalized.Title, Is.EqualTo("Effects of CO2 on Arabidopsis"));
        Assert.That(normalized.Abstract, Is.EqualTo("We grew plants at 800 ppm."));
    }

    [Test]
    public void Normalize_TitleThatIsOnlyMarkup_RejectedAsMissingTitle()
    {
        var work = new Work(new SourceKey("test", "3"), WorkKind.Paper, "<i></i>");

        Assert.That(_normalizer.Normalize(work, out var rejection), Is.Null);
        Assert.That(rejection, Is.EqualTo("missing title"));
    }
}
