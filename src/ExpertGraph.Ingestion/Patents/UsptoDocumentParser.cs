using System.Xml;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Patents;

/// <summary>Turns one split-out document into its <see cref="ReadResult"/>, choosing the mapper by root element.</summary>
internal static class UsptoDocumentParser
{
    public const string SequenceListingRoot = "sequence-cwu";

    public static ReadResult Parse(UsptoRawDocument document) =>
        SanitizedXmlDocument.Read(document, reader => Map(document, reader));

    private static ReadResult Map(UsptoRawDocument document, XmlReader reader)
    {
        var root = reader.LocalName;
        var builder = root switch
        {
            PatdocGrantMapper.Root => PatdocGrantMapper.Map(UsptoSectionReader.ReadSections(reader, PatdocGrantMapper.Sections)),
            IceDocumentMapper.GrantRoot or IceDocumentMapper.ApplicationRoot =>
                IceDocumentMapper.Map(UsptoSectionReader.ReadSections(reader, IceDocumentMapper.Sections)),
            PapApplicationMapper.Root => PapApplicationMapper.Map(UsptoSectionReader.ReadSections(reader, PapApplicationMapper.Sections)),
            _ => null,
        };

        if (builder is null)
        {
            UsptoSectionReader.ReadToEnd(reader);
            return root == SequenceListingRoot
                ? ReadResult.Skipped(document.Position, "sequence listing (sequence-cwu), not a patent document")
                : ReadResult.Rejected(document.Position, $"not a USPTO patent document: root element <{root}>", document.Text);
        }

        return builder.Build(out var failure) is { } work
            ? ReadResult.Ok(work, document.Position)
            : ReadResult.Rejected(document.Position, failure!, document.Text);
    }
}
