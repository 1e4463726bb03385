using System.Xml.Linq;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Ingestion.Patents;

/// <summary>
/// Maps an EPO publication (ep-patent-document, DTD 1.0 to 1.5.1) from its SDOBI bibliographic block (ST.36 INID tags)
/// and its abstracts. What changed between versions, as the real documents show:
/// <list type="bullet">
/// <item>IPC: B510 with the edition in B516 and codes in B511 (main), B512 (further), B513/B514 (additional, index),
/// written " 7A 01B  45/00   A" (1.0, 1.1 of 1978–2005); from 2006 B510EP with classification-ipcr/text,
/// "A01D  17/10        19680901AFI20050322BHEP" (1.01 on), in pretty-printed copies "E04B 1/88 20060101AFI…";
/// from 1.5 also B520EP classifications-cpc with the same text form ("F16D2500/10437     20130101 LA…").</item>
/// <item>Parties: applicants B710/B711 on applications (A1, A2), proprietors B730/B731 on grants (B1, B2), each
/// snm + adr(str, city, ctry); inventors B720/B721 always; representatives B740 and opponents B780 are not read.</item>
/// <item>Titles: B540 holds B541 (language) and B542 (title) pairs in German, English and French.</item>
/// <item>Abstract: top-level abstract elements with a lang attribute, on applications; grants have none.</item>
/// <item>Numbers: B110 seven digits ("0000002" in 1978), B130 kind, B140 date; B210 the application number with its
/// check digit ("04715346.5"). The root element repeats them (doc-number, kind, date-publ).</item>
/// </list>
/// The English title is the work's title (every document in the sample has one), else the one in the document's
/// language; the abstract is kept only in that language too, so the work's text and its Language agree.
/// </summary>
internal static class EpoDocumentMapper
{
    public const string Root = "ep-patent-document";
    public const string Source = "epo";

    public static readonly string[] Sections = ["SDOBI", "abstract"];

    /// <param name="root">The ep-patent-document element without its children (attributes only).</param>
    /// <param name="sections">SDOBI and every abstract, in document order.</param>
    public static PatentWorkBuilder Map(XElement root, IReadOnlyList<XElement> sections)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(sections);
        var sdobi = sections.FirstOrDefault(s => s.Name.LocalName == "SDOBI");
        var documentLanguage = Language((string?)root.Attribute("lang")) ?? Language((string?)sdobi?.Attribute("lang"));
        var number = sdobi?.Element("B100");
        var builder = new PatentWorkBuilder
        {
            Source = Source,
            NumberWidth = 7,
            Country = PatentText.At(number, "B190") ?? PatentText.Collapse((string?)root.Attribute("country")) ?? "EP",
            PublicationNumber = PatentText.At(number, "B110") ?? PatentText.Collapse((string?)root.Attribute("doc-number")),
            KindCode = PatentText.At(number, "B130") ?? PatentText.Collapse((string?)root.Attribute("kind")),
            PublicationDate = PatentText.At(number, "B140", "date") ?? PatentText.Collapse((string?)root.Attribute("date-publ")),
            ApplicationNumber = WithoutCheckDigit(PatentText.At(sdobi, "B200", "B210")),
        };

        var (title, titleLanguage) = Title(sdobi?.Element("B500")?.Element("B540"), documentLanguage);
        builder.Title = title;
        builder.Language = titleLanguage;
        builder.Abstract = sections
            .Where(s => s.Name.LocalName == "abstract")
            .FirstOrDefault(a => (Language((string?)a.Attribute("lang")) ?? documentLanguage) == titleLanguage) is { } @abstract
            ? PatentText.Of(@abstract)
            : null;

        AddClassifications(sdobi?.Element("B500"), builder);
        AddParties(sdobi?.Element("B700"), builder);
        return builder;
    }

    // "04715346.5" → "04715346": the digit after the point checks the number, it is not part of it. A country prefix
    // ("EP04715346.5") is the builder's to add.
    private static string? WithoutCheckDigit(string? application)
    {
        if (application is null) return null;
        if (application.StartsWith("EP", StringComparison.OrdinalIgnoreCase)) application = application[2..].TrimStart();
        var point = application.LastIndexOf('.');
        return point > 0 && point == application.Length - 2 && char.IsAsciiDigit(application[^1]) ? application[..point] : application;
    }

    /// <summary>The English title, else the one in the document's language, else the first; with its language.</summary>
    private static (string? Title, string? Language) Title(XElement? titles, string? documentLanguage)
    {
        var candidates = new List<(string Title, string? Language)>();
        string? language = null;
        foreach (var element in titles?.Elements() ?? [])
        {
            if (element.Name.LocalName == "B541") language = Language(element.Value);
            else if (element.Name.LocalName == "B542" && PatentText.Of(element) is { } text) candidates.Add((text, language ?? documentLanguage));
        }

        if (candidates.Count == 0) return (null, documentLanguage);
        var chosen = candidates.FirstOrDefault(c => c.Language == "en");
        if (chosen.Title is null) chosen = candidates.FirstOrDefault(c => c.Language == documentLanguage);
        if (chosen.Title is null) chosen = candidates[0];
        return chosen;
    }

    private static string? Language(string? code) =>
        PatentText.Collapse(code) is { Length: 2 } text && text.All(char.IsAsciiLetter) ? text.ToLowerInvariant() : null;

    private static void AddClassifications(XElement? bibliographic, PatentWorkBuilder builder)
    {
        if (bibliographic is null) return;

        // Before 2006: B511 main, B512 further, B513 additional, B514 index codes (B516 is the edition, B517EP a
        // linked indexing code already given in B513).
        foreach (var code in bibliographic.Elements("B510").Elements())
        {
            if (code.Name.LocalName is "B511" or "B512" or "B513" or "B514")
                builder.AddClassification("IPC", PatentClassificationFormat.FromText(code.Value));
        }

        foreach (var ipcr in bibliographic.Elements("B510EP").Elements("classification-ipcr"))
            builder.AddClassification("IPC", Code(ipcr));

        foreach (var cpc in bibliographic.Elements("B520EP").Elements("classifications-cpc").Elements("classification-cpc"))
            builder.AddClassification("CPC", Code(cpc));
    }

    // The text form the EPO writes; the ICE parts (section, class, …) should a document give those instead.
    private static string? Code(XElement classification) =>
        classification.Element("text") is { } text
            ? PatentClassificationFormat.FromText(text.Value)
            : PatentClassificationFormat.FromParts(PatentText.At(classification, "section"), PatentText.At(classification, "class"),
                PatentText.At(classification, "subclass"), PatentText.At(classification, "main-group"), PatentText.At(classification, "subgroup"));

    /// <summary>
    /// Inventors in order, each with the employer their name carries and their city and country; applicants and
    /// proprietors as organizations, except an applicant who is also an inventor (a private applicant: "Cuadrado,
    /// Jean-Claude" in both lists is a person, not an organization).
    /// </summary>
    private static void AddParties(XElement? parties, PatentWorkBuilder builder)
    {
        if (parties is null) return;
        var owners = parties.Elements("B710").Elements("B711").Concat(parties.Elements("B730").Elements("B731")).ToList();
        var inventors = parties.Elements("B720").Elements("B721").ToList();
        var inventorNames = inventors.Select(i => PatentText.At(i, "snm")).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var ownerNames = owners.Select(o => PatentText.At(o, "snm")).OfType<string>().Where(n => !inventorNames.Contains(n)).ToList();

        foreach (var inventor in inventors)
        {
            var (family, given, employer) = EpoPartyName.Inventor(PatentText.At(inventor, "snm"), ownerNames);
            builder.AddInventor(family, given, Address(employer, inventor.Element("adr")));
        }

        foreach (var owner in owners)
        {
            if (PatentText.At(owner, "snm") is not { } name || inventorNames.Contains(name)) continue;
            builder.AddOrganization(Address(name, owner.Element("adr")));
        }
    }

    // The street is left out: for inventors it is a home address, and the city (with its postcode) and country are
    // what the USPTO gives too.
    private static AffiliationMention? Address(string? organization, XElement? address) =>
        PatentAddress.Describe(organization, PatentText.At(address, "city"), null, PatentText.At(address, "ctry"));
}
