using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Grants;

/// <summary>
/// Reads NSF award XML as the nsf.gov award search downloads it: a &lt;rootTag&gt; holding &lt;Award&gt; elements, one per
/// file in NSF's yearly archives, several when files are concatenated. One XmlReader streams the file and each award is
/// loaded on its own. An award without AwardID is rejected, because nothing else identifies it; XML that is not
/// well-formed is rejected at the award where the parser stops, with the line and position it names, and the file ends
/// there (an XML parser cannot resume after a syntax error).
/// </summary>
public sealed partial class NsfAwardReader : IRecordReader
{
    private const string AwardElement = "Award";
    private const int MaxErrorContextLines = 200;
    /// <summary>Lines shown before an error outside any award: a broken tag is often reported on the line after it.</summary>
    private const int ErrorContextLinesBefore = 3;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    public string FormatName => "nsf-award-xml";

    /// <summary>True when the document element, after the XML declaration and comments, is &lt;rootTag&gt; and its first child an &lt;Award&gt;.</summary>
    public bool CanRead(ReadOnlySpan<byte> head, string fileName)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        return NsfRoot().IsMatch(Encoding.Latin1.GetString(head));
    }

    public IEnumerable<ReadResult> Read(Stream stream, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadAwards(stream, cancellationToken);
    }

    private static IEnumerable<ReadResult> ReadAwards(Stream stream, CancellationToken cancellationToken)
    {
        using var xml = XmlReader.Create(stream, Settings);
        var lineInfo = (IXmlLineInfo)xml;
        long recordNumber = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            long? awardLine = null;
            XElement? award = null;
            XmlException? broken = null;
            try
            {
                if (SkipToNextAward(xml))
                {
                    awardLine = lineInfo.LineNumber;
                    award = (XElement)XNode.ReadFrom(xml);
                }
            }
            catch (XmlException exception)
            {
                broken = exception;
            }

            if (broken is not null)
            {
                // Awards read before the error stay read; the parser cannot go on past it.
                var reason = $"malformed XML at line {broken.LineNumber}, position {broken.LinePosition}: {MessageWithoutLocation(broken)}; the rest of the file is unreadable";
                var raw = LinesBetween(stream, awardLine ?? broken.LineNumber - ErrorContextLinesBefore, broken.LineNumber);
                yield return ReadResult.Rejected(new RecordPosition(recordNumber + 1, awardLine ?? broken.LineNumber), reason, raw);
                yield break;
            }

            if (award is null) yield break;
            yield return NsfAwardMapper.Map(award, new RecordPosition(++recordNumber, awardLine));
        }
    }

    /// <summary>Moves to the next &lt;Award&gt; child of the root; false at the end of the document.</summary>
    private static bool SkipToNextAward(XmlReader xml)
    {
        while (xml.NodeType != XmlNodeType.Element || xml.Depth != 1 || xml.LocalName != AwardElement)
        {
            if (!xml.Read()) return false;
        }

        return true;
    }

    /// <summary>XmlException messages end with " Line n, position m."; the reason states the location once, first.</summary>
    private static string MessageWithoutLocation(XmlException exception) => exception.Message.Split(" Line ", 2)[0];

    /// <summary>
    /// The file's lines from the broken award's start (or a few lines before the error) to the error, for the quarantine.
    /// Read again from the start of a seekable stream (files are); without one, the reason alone locates the error.
    /// </summary>
    private static string LinesBetween(Stream stream, long fromLine, long errorLine)
    {
        if (!stream.CanSeek) return string.Empty;
        stream.Position = 0;
        using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 4096, leaveOpen: true);
        var first = Math.Max(1, Math.Max(fromLine, errorLine - MaxErrorContextLines + 1));
        var lines = new StringBuilder();
        long number = 0;
        while (text.ReadLine() is { } line && ++number <= errorLine)
        {
            if (number >= first) lines.Append(line).Append('\n');
        }

        return lines.ToString().TrimEnd('\n');
    }

    // The root start tag may be broken (badXMLfile.xml lacks its '>'): the file is still NSF's, and Read reports where.
    [GeneratedRegex(@"\A\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<rootTag\b[^<]*<Award>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex NsfRoot();
}
