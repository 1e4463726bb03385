using System.Xml;
using System.Xml.Linq;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>
/// One record element cut out of an XML file: its element name, its bytes in the file's encoding, and where it starts.
/// <see cref="IsClosed"/> is false when the next record (or the end of the file) came before its end tag.
/// </summary>
internal sealed record XmlRawRecord(string ElementName, byte[] Bytes, long Line, long ByteOffset, bool IsClosed)
{
    /// <summary>
    /// Parses the record from <paramref name="text"/> (its bytes decoded, and prepared as the format needs); null with
    /// the parser's message, naming the file's line, when it is not well-formed XML.
    /// </summary>
    public XElement? TryParse(string text, XmlReaderSettings settings, out string? error)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            error = null;
            return XElement.Load(reader);
        }
        catch (XmlException exception)
        {
            // XmlException counts lines within the record; report the file's line.
            error = $"{exception.Message.Split(" Line ", 2)[0]} (file line {Line + exception.LineNumber - 1})";
            return null;
        }
    }
}
