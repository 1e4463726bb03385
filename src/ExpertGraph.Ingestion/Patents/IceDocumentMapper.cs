using System.Xml.Linq;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Ingestion.Patents;

/// <summary>
/// Maps the ICE schemas, us-patent-grant v4.0–v4.5 and us-patent-application v4.0–v4.6. Who the inventors are moved
/// between versions: up to v4.2 they are the applicants with app-type "applicant-inventor" (under parties/applicants,
/// later us-parties/us-applicants); from the America Invents Act (v4.3+) applicants may be companies and the inventors
/// have their own "inventors" list. When that list exists it alone names the inventors, so a person who is both
/// applicant and inventor is counted once.
/// </summary>
internal static class IceDocumentMapper
{
    public const string GrantRoot = "us-patent-grant";
    public const string ApplicationRoot = "us-patent-application";

    public static readonly string[] Sections =
        ["us-bibliographic-data-grant", "us-bibliographic-data-application", "abstract"];

    public static PatentWorkBuilder Map(IReadOnlyDictionary<string, XElement> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var builder = new PatentWorkBuilder
        {
            Abstract = PatentText.Of(sections.GetValueOrDefault("abstract")),
        };
        var bibliographic = sections.GetValueOrDefault("us-bibliographic-data-grant")
                            ?? sections.GetValueOrDefault("us-bibliographic-data-application");
        if (bibliographic is null) return builder;

        var publication = bibliographic.Element("publication-reference")?.Element("document-id");
        builder.Country = PatentText.At(publication, "country") ?? "US";
        builder.PublicationNumber = PatentText.At(publication, "doc-number");
        builder.KindCode = PatentText.At(publication, "kind");
        builder.PublicationDate = PatentText.At(publication, "date");
        builder.ApplicationNumber = PatentText.At(bibliographic, "application-reference", "document-id", "doc-number");
        builder.Title = PatentText.Of(bibliographic.Element("invention-title"));

        AddClassifications(bibliographic, builder);
        AddParties(bibliographic, builder);
        return builder;
    }

    private static void AddClassifications(XElement bibliographic, PatentWorkBuilder builder)
    {
        foreach (var ipc in bibliographic.Elements("classification-ipc").Elements())
        {
            if (ipc.Name.LocalName is "main-classification" or "further-classification")
                builder.AddClassification("IPC", PatentClassificationFormat.Ipc(PatentClassificationFormat.RawText(ipc)));
        }

        foreach (var ipcr in bibliographic.Elements("classifications-ipcr").Elements("classification-ipcr"))
            builder.AddClassification("IPC", FromParts(ipcr));

        foreach (var cpc in bibliographic.Elements("classifications-cpc").Elements().Elements("classification-cpc"))
            builder.AddClassification("CPC", FromParts(cpc));

        foreach (var national in bibliographic.Elements("classification-national").Elements())
        {
            if (national.Name.LocalName is "main-classification" or "further-classification")
                builder.AddClassification("USPC", PatentClassificationFormat.Uspc(PatentClassificationFormat.RawText(national)));
        }
    }

    private static string? FromParts(XElement code) => PatentClassificationFormat.FromParts(
        PatentText.At(code, "section"), PatentText.At(code, "class"), PatentText.At(code, "subclass"),
        PatentText.At(code, "main-group"), PatentText.At(code, "subgroup"));

    private static void AddParties(XElement bibliographic, PatentWorkBuilder builder)
    {
        var parties = bibliographic.Element("us-parties") ?? bibliographic.Element("parties");
        var inventors = (parties?.Element("inventors") ?? bibliographic.Element("inventors"))?.Elements()
            .Where(e => e.Name.LocalName is "inventor" or "deceased-inventor")
            .ToList() ?? [];
        var applicants = parties?.Element("us-applicants")?.Elements("us-applicant")
                         ?? parties?.Element("applicants")?.Elements("applicant")
                         ?? [];

        if (inventors.Count == 0)
        {
            inventors = [.. applicants.Where(applicant =>
                ((string?)applicant.Attribute("app-type"))?.Contains("inventor", StringComparison.Ordinal) == true)];
        }

        foreach (var inventor in inventors)
        {
            var book = inventor.Element("addressbook");
            builder.AddInventor(PatentText.At(book, "last-name"),
                PatentText.At(book, "first-name"), Address(null, book));
        }

        foreach (var assignee in bibliographic.Elements("assignees").Elements("assignee"))
        {
            var book = assignee.Element("addressbook") ?? assignee;
            builder.AddOrganization(Address(PatentText.At(book, "orgname"), book));
        }

        // A corporate applicant owns the application even when no assignee is recorded (AIA applications).
        foreach (var applicant in applicants)
        {
            var book = applicant.Element("addressbook");
            builder.AddOrganization(Address(PatentText.At(book, "orgname"), book));
        }
    }

    private static AffiliationMention? Address(string? organization, XElement? addressBook)
    {
        var address = addressBook?.Element("address");
        return PatentAddress.Describe(organization, PatentText.At(address, "city"), PatentText.At(address, "state"),
            PatentText.At(address, "country"));
    }
}
