using System.Xml.Linq;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Ingestion.Patents;

/// <summary>
/// Maps pre-2005 applications, patent-application-publication (pap v1.5 and v1.6): document-id for the publication,
/// domestic-filing-data for the application, technical-information for classes and title, inventors as
/// first-named-inventor then inventor, each with name (given, middle, family) and residence-us / residence-non-us.
/// </summary>
internal static class PapApplicationMapper
{
    public const string Root = "patent-application-publication";

    public static readonly string[] Sections = ["subdoc-bibliographic-information", "subdoc-abstract"];

    public static PatentWorkBuilder Map(IReadOnlyDictionary<string, XElement> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var builder = new PatentWorkBuilder
        {
            Abstract = PatentText.Of(sections.GetValueOrDefault("subdoc-abstract")),
        };
        if (sections.GetValueOrDefault("subdoc-bibliographic-information") is not { } bibliographic) return builder;

        var publication = bibliographic.Element("document-id");
        builder.Country = PatentText.At(publication, "country-code") ?? "US";
        builder.PublicationNumber = PatentText.At(publication, "doc-number");
        builder.KindCode = PatentText.At(publication, "kind-code");
        builder.PublicationDate = PatentText.At(publication, "document-date");
        builder.ApplicationNumber = PatentText.At(bibliographic, "domestic-filing-data", "application-number", "doc-number");

        var technical = bibliographic.Element("technical-information");
        builder.Title = PatentText.Of(technical?.Element("title-of-invention"));
        foreach (var ipc in technical?.Elements("classification-ipc").Elements().Elements("ipc") ?? [])
            builder.AddClassification("IPC", PatentClassificationFormat.Ipc(PatentClassificationFormat.RawText(ipc)));

        foreach (var uspc in technical?.Elements("classification-us").Elements().Elements("uspc") ?? [])
        {
            builder.AddClassification("USPC",
                PatentClassificationFormat.Uspc(PatentText.At(uspc, "class"), PatentText.At(uspc, "subclass")));
        }

        foreach (var inventor in bibliographic.Element("inventors")?.Elements() ?? [])
        {
            if (inventor.Name.LocalName is not ("first-named-inventor" or "inventor")) continue;
            var name = inventor.Element("name");
            var given = PatentText.Collapse($"{PatentText.At(name, "given-name")} {PatentText.At(name, "middle-name")}");
            builder.AddInventor(PatentText.At(name, "family-name"), given, Residence(inventor.Element("residence")));
        }

        foreach (var assignee in bibliographic.Elements("assignee"))
        {
            var address = assignee.Element("address");
            builder.AddOrganization(PatentAddress.Describe(PatentText.At(assignee, "organization-name"),
                PatentText.At(address, "city"), PatentText.At(address, "state"),
                PatentText.At(address, "country", "country-code")));
        }

        return builder;
    }

    private static AffiliationMention? Residence(XElement? residence)
    {
        var place = residence?.Element("residence-us") ?? residence?.Element("residence-non-us");
        return PatentAddress.Describe(null, PatentText.At(place, "city"), PatentText.At(place, "state"),
            PatentText.At(place, "country-code"));
    }
}
