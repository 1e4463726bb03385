using System.Text;
using System.Xml;
using System.Xml.Linq;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Medline;

/// <summary>
/// Reads a PubMed Central Open Access full-text article (JATS / NLM archiving XML, ".nxml"): one work per file, from
/// its &lt;front&gt; only, so the body and references are never parsed. The DOCTYPE is ignored, never fetched.
/// </summary>
public sealed class PmcJatsReader : IRecordReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    public string FormatName => "pmc-jats-xml";

    /// <summary>True when the document element is &lt;article&gt; and the head holds its &lt;article-meta&gt;.</summary>
    public bool CanRead(ReadOnlySpan<byte> head, string fileName) =>
        XmlDocumentHead.Read(head)?.RootName == "article" && head.IndexOf("<article-meta"u8) >= 0;

    public IEnumerable<ReadResult> Read(Stream stream, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadArticle(stream, cancellationToken);
    }

    private static IEnumerable<ReadResult> ReadArticle(Stream stream, CancellationToken cancellationToken)
    {
        // One article per file, a few hundred KiB at most: kept whole so that a rejected one is quarantined with its text.
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        cancellationToken.ThrowIfCancellationRequested();
        var position = new RecordPosition(1, 1, 0);
        var front = TryReadFront(buffer.ToArray(), out var language, out var error);
        var rawText = RawText(buffer);
        yield return front is null
            ? ReadResult.Rejected(position, error!, rawText)
            : JatsFrontMapper.Map(front, language, position, rawText);
    }

    private static XElement? TryReadFront(byte[] bytes, out string? language, out string? error)
    {
        language = null;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), Settings);
            reader.MoveToContent();
            language = reader.GetAttribute("xml:lang");
            if (!reader.ReadToFollowing("front"))
            {
                error = "JATS article without <front>";
                return null;
            }

            error = null;
            return (XElement)XNode.ReadFrom(reader);
        }
        catch (XmlException exception)
        {
            error = $"malformed XML: {exception.Message}";
            return null;
        }
    }

    // The article up to the end of its front matter: what a curator needs to see, without the full text.
    private static string RawText(MemoryStream buffer)
    {
        var text = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        var end = text.IndexOf("</front>", StringComparison.Ordinal);
        return end < 0 ? text : text[..(end + "</front>".Length)];
    }
}
