using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>
/// Reads DBLP XML (dblp.xml and excerpts of it). Records are cut out of the file textually and each is parsed by its own
/// XmlReader, with dblp.dtd's character entities replaced beforehand, so the DTD is never needed, a DOCTYPE line may
/// be there or not, and a broken record is rejected while the others read. Person pages (www) are skipped.
/// </summary>
public sealed partial class DblpXmlReader : IRecordReader
{
    private static readonly XmlReaderSettings RecordSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>The children of &lt;dblp&gt; in dblp.dtd.</summary>
    private static readonly XmlRecordSplitter Splitter =
        new(["article", "inproceedings", "proceedings", "book", "incollection", "phdthesis", "mastersthesis", "www", "person", "data"]);

    public string FormatName => "dblp-xml";

    /// <summary>True when the document element, after the XML declaration, comments and a DOCTYPE, is &lt;dblp&gt;.</summary>
    public bool CanRead(ReadOnlySpan<byte> head, string fileName)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        return DblpRoot().IsMatch(Encoding.Latin1.GetString(head));
    }

    public IEnumerable<ReadResult> Read(Stream stream, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var window = new StreamWindow(stream);
        window.SkipByteOrderMark();
        window.Fill(1024);
        var encoding = DeclaredEncoding(window.Available);
        return ReadRecords(window, encoding, cancellationToken);
    }

    private static IEnumerable<ReadResult> ReadRecords(StreamWindow window, Encoding encoding, CancellationToken cancellationToken)
    {
        long recordNumber = 0;
        foreach (var raw in Splitter.Split(window, cancellationToken))
        {
            var position = new RecordPosition(++recordNumber, raw.Line, raw.ByteOffset);
            var text = encoding.GetString(raw.Bytes);
            if (!raw.IsClosed)
            {
                yield return ReadResult.Rejected(position, $"<{raw.ElementName}> record has no end tag before the next record or the end of the file", text);
                continue;
            }

            var element = raw.TryParse(DblpCharacterEntities.Replace(text), RecordSettings, out var error);
            yield return element is null
                ? ReadResult.Rejected(position, $"malformed XML: {error}", text)
                : DblpRecordMapper.Map(element, position, text);
        }
    }

    /// <summary>The encoding the XML declaration names (DBLP: ISO-8859-1), else UTF-8 as XML defaults to.</summary>
    private static Encoding DeclaredEncoding(ReadOnlySpan<byte> head)
    {
        var match = EncodingDeclaration().Match(Encoding.ASCII.GetString(head[..Math.Min(head.Length, 512)]));
        if (!match.Success) return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        try
        {
            return Encoding.GetEncoding(match.Groups["name"].Value);
        }
        catch (ArgumentException)
        {
            // Names this runtime does not know (windows-1252 without the code-pages provider): Latin-1 reads the ASCII
            // markup and keeps every byte as one character, which loses nothing a later fix could not recover.
            return Encoding.Latin1;
        }
    }

    [GeneratedRegex(@"\A\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*(?:<!DOCTYPE\s+dblp[^>]*>\s*)?(?:<!--.*?-->\s*)*<dblp[\s>]", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex DblpRoot();

    [GeneratedRegex(@"\A\s*<\?xml[^>]*\bencoding\s*=\s*[""'](?<name>[A-Za-z0-9._-]+)[""']", RegexOptions.CultureInvariant)]
    private static partial Regex EncodingDeclaration();
}
