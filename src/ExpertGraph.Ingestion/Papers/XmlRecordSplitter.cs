using System.Text;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>
/// Cuts an XML file into its record elements (the children of the document element: DBLP's &lt;article&gt;s, PubMed's
/// &lt;PubmedArticle&gt;s) textually, line by line, so that each record is parsed on its own and a broken one cannot
/// take the rest of the file down. Record elements never nest, so a record's end is its end tag, or else the start of
/// the next record.
/// </summary>
internal sealed class XmlRecordSplitter
{
    private readonly IReadOnlyList<string> recordElements;
    private readonly byte[][] startTags;

    /// <param name="recordElements">Names of the elements that are records; an element nested in a record is never one.</param>
    public XmlRecordSplitter(IReadOnlyList<string> recordElements)
    {
        this.recordElements = recordElements;
        startTags = recordElements.Select(name => Encoding.ASCII.GetBytes("<" + name)).ToArray();
    }

    public IEnumerable<XmlRawRecord> Split(StreamWindow window, CancellationToken cancellationToken)
    {
        string? name = null;
        byte[] endTag = [];
        var record = new MemoryStream();
        long startLine = 0, startOffset = 0;
        while (window.TryTakeLine(out var line, out var lineNumber, out var lineOffset))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var at = 0;
            while (true)
            {
                if (name is null)
                {
                    var (start, element) = FindStartTag(line, at);
                    if (start < 0) break;
                    name = recordElements[element];
                    endTag = Encoding.ASCII.GetBytes("</" + name + ">");
                    (startLine, startOffset, at) = (lineNumber, lineOffset + start, start);
                    record.SetLength(0);
                }

                // Look past this record's own start tag for its end, or for the next record cutting it short.
                var searchFrom = record.Length == 0 ? at + 1 : at;
                var end = line.AsSpan(searchFrom).IndexOf(endTag);
                var next = FindStartTag(line, searchFrom).Start;
                end = end < 0 ? -1 : end + searchFrom;
                if (next >= 0 && (end < 0 || next < end))
                {
                    record.Write(line, at, next - at);
                    yield return new XmlRawRecord(name, record.ToArray(), startLine, startOffset, IsClosed: false);
                    (name, at) = (null, next);
                    continue;
                }

                if (end < 0)
                {
                    record.Write(line, at, line.Length - at);
                    record.WriteByte((byte)'\n');
                    break;
                }

                var after = end + endTag.Length;
                record.Write(line, at, after - at);
                yield return new XmlRawRecord(name, record.ToArray(), startLine, startOffset, IsClosed: true);
                (name, at) = (null, after);
            }
        }

        if (name is not null) yield return new XmlRawRecord(name, record.ToArray(), startLine, startOffset, IsClosed: false);
    }

    /// <summary>The first record start tag ("&lt;book " but not "&lt;booktitle>") at or after <paramref name="from"/>.</summary>
    private (int Start, int Element) FindStartTag(byte[] line, int from)
    {
        for (var i = line.AsSpan(from).IndexOf((byte)'<'); i >= 0; )
        {
            var at = from + i;
            var rest = line.AsSpan(at);
            for (var element = 0; element < startTags.Length; element++)
            {
                var tag = startTags[element];
                if (rest.StartsWith(tag) && (rest.Length == tag.Length || rest[tag.Length] is (byte)' ' or (byte)'\t' or (byte)'>' or (byte)'/' or (byte)'\r'))
                    return (at, element);
            }

            var next = line.AsSpan(at + 1).IndexOf((byte)'<');
            if (next < 0) break;
            i = at + 1 + next - from;
        }

        return (-1, -1);
    }
}
