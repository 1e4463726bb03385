using System.Xml;
using System.Xml.Linq;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Patents;

/// <summary>Turns one split-out document into its <see cref="ReadResult"/>, choosing the mapper by root element.</summary>
internal static class UsptoDocumentParser
{
    public const string SequenceListingRoot = "sequence-cwu";

    private static readonly XmlReaderSettings Settings = new()
    {
        // External DTDs are never fetched; the sanitizer has already replaced the DOCTYPE and its entities.
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    public static ReadResult Parse(UsptoRawDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        try
        {
            using var reader = XmlReader.Create(new StringReader(UsptoXmlSanitizer.Sanitize(document.Text)), Settings);
            reader.MoveToContent();
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
        catch (XmlException exception)
        {
            var fileLine = document.Line + Math.Max(exception.LineNumber, 1) - 1;
            return ReadResult.Rejected(document.Position,
                $"malformed XML near file line {fileLine}: {exception.Message}", document.Text);
        }
    }
}
