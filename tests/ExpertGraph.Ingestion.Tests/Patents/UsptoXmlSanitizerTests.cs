using ExpertGraph.Ingestion.Patents;

namespace ExpertGraph.Ingestion.Tests.Patents;

/// <summary>Entity and DOCTYPE handling, on fragments copied from the USPTO files.</summary>
[TestFixture]
public sealed class UsptoXmlSanitizerTests
{
    [TestCase("determining the wavelength(s) &lgr; of the change(s)", "determining the wavelength(s) \u03BB of the change(s)")]
    [TestCase("the change speed &Dgr;FG/&Dgr;t", "the change speed \u0394FG/\u0394t")]
    [TestCase("about at least &frac15; the headbox width", "about at least \u2155 the headbox width")]
    [TestCase("&ldquo;U&rdquo; handle &mdash; &lsqb;0001&rsqb;", "\u201CU\u201D handle \u2014 [0001]")]
    public void Sanitize_EntityOfExternalDtd_BecomesItsCharacter(string text, string expected) =>
        Assert.That(UsptoXmlSanitizer.Sanitize(text), Is.EqualTo(expected));

    [TestCase("<orgname>Davis &#x26; Jack, LLC</orgname>")]
    [TestCase("<name-1>MARSHALL, O&apos;TOOLE, GERSTEIN, MURRAY &amp; BORUN</name-1>")]
    [TestCase("3/16&#x2033; to 5/16&#x2033;")]
    public void Sanitize_PredefinedAndNumericReferences_AreLeftToTheParser(string text) =>
        Assert.That(UsptoXmlSanitizer.Sanitize(text), Is.EqualTo(text));

    [Test]
    public void Sanitize_UnknownEntity_StaysAsLiteralText() =>
        Assert.That(UsptoXmlSanitizer.Sanitize("a &notanentity; b"), Is.EqualTo("a &amp;notanentity; b"));

    [Test]
    public void Sanitize_BareAmpersand_IsEscaped() =>
        Assert.That(UsptoXmlSanitizer.Sanitize("<orgname>AT&T Corp.</orgname>"), Is.EqualTo("<orgname>AT&amp;T Corp.</orgname>"));

    [Test]
    public void Sanitize_PatdocDoctypeWithEntitySubset_IsBlankedKeepingLines()
    {
        // The head of v2-5-B2.xml, shortened to two of its nine NDATA declarations.
        const string head = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE PATDOC SYSTEM "ST32-US-Grant-025xml.dtd" [
            <!ENTITY US06530116-20030311-D00000.TIF SYSTEM "US06530116-20030311-D00000.TIF" NDATA TIF>
            <!ENTITY US06530116-20030311-D00001.TIF SYSTEM "US06530116-20030311-D00001.TIF" NDATA TIF>
            ]>
            <PATDOC DTD="2.5" STATUS="Build 20030116">
            """;

        var sanitized = UsptoXmlSanitizer.Sanitize(head);

        Assert.That(sanitized, Does.Not.Contain("<!DOCTYPE").And.Not.Contain("<!ENTITY"));
        Assert.That(sanitized.Split('\n'), Has.Length.EqualTo(head.Split('\n').Length));
        Assert.That(sanitized.Split('\n')[5], Is.EqualTo("""<PATDOC DTD="2.5" STATUS="Build 20030116">"""));
    }

    [Test]
    public void Sanitize_DoctypeSpreadOverLines_IsBlanked()
    {
        // The head of patent_one_parsed_.xml.
        const string head = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE \nus-patent-grant SYSTEM \"us-patent-grant-v42-2006-08-23.dtd\"\n[ ]>\n<us-patent-grant lang=\"EN\">";

        Assert.That(UsptoXmlSanitizer.Sanitize(head),
            Is.EqualTo("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n\n\n\n<us-patent-grant lang=\"EN\">"));
    }

    [Test]
    public void Sanitize_EntityDeclaredInInternalSubset_IsReplacedByItsValue()
    {
        const string text = "<!DOCTYPE doc [ <!ENTITY company \"Shop Vac &amp; Co\"> ]>\n<doc>&company;</doc>";

        Assert.That(UsptoXmlSanitizer.Sanitize(text), Is.EqualTo("\n<doc>Shop Vac &amp; Co</doc>"));
    }
}
