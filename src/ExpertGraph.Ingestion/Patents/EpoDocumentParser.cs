using System.Xml;
using System.Xml.Linq;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Patents;

/// <summary>
/// Turns one EPO document into its <see cref="ReadResult"/>. The same preparation as a USPTO document
/// (<see cref="SanitizedXmlDocument"/>: its DTD is never fetched), then one XmlReader streams the document, keeping the
/// root's attributes, the SDOBI block and the abstracts and skipping description and claims.
/// </summary>
internal static class EpoDocumentParser
{
    public static ReadResult Parse(UsptoRawDocument document) =>
        SanitizedXmlDocument.Read(document, reader => Map(document, reader));

    private static ReadResult Map(UsptoRawDocument document, XmlReader reader)
    {
        if (reader.LocalName != EpoDocumentMapper.Root)
        {
            var name = reader.LocalName;
            UsptoSectionReader.ReadToEnd(reader);
            return ReadResult.Rejected(document.Position, $"not an EPO patent document: root element <{name}>", document.Text);
        }

        var root = new XElement(EpoDocumentMapper.Root);
        if (reader.MoveToFirstAttribute())
        {
            do root.SetAttributeValue(reader.LocalName, reader.Value);
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }

        var sections = UsptoSectionReader.ReadAllSections(reader, firstOnly: false, EpoDocumentMapper.Sections);
        return EpoDocumentMapper.Map(root, sections).Build(out var failure) is { } work
            ? ReadResult.Ok(work, document.Position)
            : ReadResult.Rejected(document.Position, failure!, document.Text);
    }
}
