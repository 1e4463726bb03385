using System.Xml.Linq;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Ingestion.Patents;

/// <summary>
/// Maps grants in the SGML-derived PATDOC 2.5 schema (2002–2004): ST.32 numbered tags, B110 patent number, B130 kind,
/// B140 grant date, B210 application number, B511/B512 IPC, B521/B522 US class, B540 title, B721 inventors, B731
/// assignees; the abstract is SDOAB. Names are NAM/FNM (given) and NAM/SNM (family), addresses ADR/CITY, STATE, CTRY.
/// </summary>
internal static class PatdocGrantMapper
{
    public const string Root = "PATDOC";

    public static readonly string[] Sections = ["SDOBI", "SDOAB"];

    public static PatentWorkBuilder Map(IReadOnlyDictionary<string, XElement> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var builder = new PatentWorkBuilder
        {
            Abstract = PatentText.Of(sections.GetValueOrDefault("SDOAB")),
        };
        if (sections.GetValueOrDefault("SDOBI") is not { } bibliographic) return builder;

        var publication = bibliographic.Element("B100");
        builder.PublicationNumber = PatentText.At(publication, "B110", "DNUM");
        builder.KindCode = PatentText.At(publication, "B130");
        builder.PublicationDate = PatentText.At(publication, "B140", "DATE");
        builder.Country = PatentText.At(publication, "B190") ?? "US";
        builder.ApplicationNumber = PatentText.At(bibliographic, "B200", "B210", "DNUM");

        var technical = bibliographic.Element("B500");
        builder.Title = PatentText.Of(technical?.Element("B540"));
        foreach (var ipc in technical?.Elements("B510").Elements() ?? [])
        {
            // B511 holds a Locarno class on design patents; the IPC format check leaves it out.
            if (ipc.Name.LocalName is "B511" or "B512")
                builder.AddClassification("IPC", PatentClassificationFormat.Ipc(PatentClassificationFormat.RawText(ipc)));
        }

        foreach (var uspc in technical?.Elements("B520").Elements() ?? [])
        {
            if (uspc.Name.LocalName is "B521" or "B522")
                builder.AddClassification("USPC", PatentClassificationFormat.Uspc(PatentClassificationFormat.RawText(uspc)));
        }

        var parties = bibliographic.Element("B700");
        foreach (var inventor in parties?.Elements("B720").Elements("B721") ?? [])
        {
            var party = inventor.Elements().FirstOrDefault(e => e.Element("NAM") is not null);
            var name = party?.Element("NAM");
            builder.AddInventor(PatentText.At(name, "SNM"), PatentText.At(name, "FNM"), Address(null, party));
        }

        foreach (var assignee in parties?.Elements("B730").Elements("B731") ?? [])
        {
            var party = assignee.Elements().FirstOrDefault(e => e.Element("NAM") is not null);
            builder.AddOrganization(Address(PatentText.At(party?.Element("NAM"), "ONM"), party));
        }

        return builder;
    }

    private static AffiliationMention? Address(string? organization, XElement? party)
    {
        var address = party?.Element("ADR");
        return PatentAddress.Describe(organization, PatentText.At(address, "CITY"), PatentText.At(address, "STATE"),
            PatentText.At(address, "CTRY"), stateMeansUs: true);
    }
}
