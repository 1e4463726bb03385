using System.Xml;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Patents;

/// <summary>
/// Opens one split-out patent document for a mapper: sanitized by <see cref="UsptoXmlSanitizer"/> (the DOCTYPE blanked,
/// entities the external DTD would declare resolved), read by an XmlReader that never loads a DTD, positioned on the
/// root element. A document that is still not well-formed is rejected with the file line of the error and its raw text.
/// </summary>
internal static class SanitizedXmlDocument
{
    private static readonly XmlReaderSettings Settings = new()
    {
        // External DTDs are never fetched; the sanitizer has already replaced the DOCTYPE and its entities.
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>The result of <paramref name="map"/>, given a reader on the root element, or the rejection of a malformed document.</summary>
    public static ReadResult Read(UsptoRawDocument document, Func<XmlReader, ReadResult> map)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(map);
        try
        {
            using var reader = XmlReader.Create(new StringReader(UsptoXmlSanitizer.Sanitize(document.Text)), Settings);
            reader.MoveToContent();
            return map(reader);
        }
        catch (XmlException exception)
        {
            var fileLine = document.Line + Math.Max(exception.LineNumber, 1) - 1;
            return ReadResult.Rejected(document.Position,
                $"malformed XML near file line {fileLine}: {exception.Message}", document.Text);
        }
    }
}
