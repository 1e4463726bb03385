using System.Buffers;
using System.Text;

namespace ExpertGraph.Ingestion.Patents;

/// <summary>
/// Cuts a USPTO file into its XML documents without parsing them. Weekly bulk files are many documents glued
/// together, each opening with its own <c>&lt;?xml ...?&gt;</c> line, so a line whose first non-blank text is an XML
/// declaration starts a new document. Text before the first declaration (a file without one) is a document too, so
/// nothing in a file goes unreported. Works on bytes, one line at a time, to know each document's byte offset.
/// </summary>
internal static class UsptoDocumentSplitter
{
    private const int ChunkSize = 64 * 1024;
    private static readonly byte[] XmlDeclaration = "<?xml"u8.ToArray();
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static IEnumerable<UsptoRawDocument> Split(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var chunk = new byte[ChunkSize];
        var line = new ArrayBufferWriter<byte>(4096);
        var document = new ArrayBufferWriter<byte>(64 * 1024);
        long recordNumber = 0, lineNumber = 0, offset = 0, lineStart = 0;
        long documentLine = 0, documentOffset = 0;
        var documentHasContent = false;

        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var position = 0;
            while (position < read)
            {
                var newline = Array.IndexOf(chunk, (byte)'\n', position, read - position);
                var end = newline < 0 ? read : newline + 1;
                line.Write(chunk.AsSpan(position, end - position));
                offset += end - position;
                position = end;
                if (newline < 0) continue;

                lineNumber++;
                if (TakeLine(line.WrittenSpan, lineNumber, lineStart) is { } finished) yield return finished;
                line.ResetWrittenCount();
                lineStart = offset;
            }
        }

        if (line.WrittenCount > 0)
        {
            lineNumber++;
            if (TakeLine(line.WrittenSpan, lineNumber, lineStart) is { } finished) yield return finished;
        }

        if (documentHasContent) yield return Finish();

        // Adds one line to the current document; returns the previous document when this line starts a new one.
        UsptoRawDocument? TakeLine(ReadOnlySpan<byte> text, long number, long start)
        {
            var content = SkipBlanks(text);
            if (StartsWithDeclaration(text[content..]))
            {
                var previous = documentHasContent ? Finish() : null;
                BeginDocument(text[content..], number, start + content);
                return previous;
            }

            if (documentHasContent)
                document.Write(text);
            else if (!IsBlank(text[content..]))
                BeginDocument(text[content..], number, start + content);
            return null;
        }

        void BeginDocument(ReadOnlySpan<byte> firstLine, long number, long start)
        {
            document.ResetWrittenCount();
            document.Write(firstLine);
            documentLine = number;
            documentOffset = start;
            documentHasContent = true;
        }

        UsptoRawDocument Finish()
        {
            recordNumber++;
            var text = Decode(document.WrittenSpan);
            document.ResetWrittenCount();
            documentHasContent = false;
            return new UsptoRawDocument(recordNumber, documentLine, documentOffset, text);
        }
    }

    // A byte-order mark may open any line: concatenated files each keep their own.
    private static int SkipBlanks(ReadOnlySpan<byte> line)
    {
        var i = line.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        while (i < line.Length && line[i] is (byte)' ' or (byte)'\t') i++;
        return i;
    }

    private static bool IsBlank(ReadOnlySpan<byte> text) =>
        text.IndexOfAnyExcept(" \t\r\n"u8) < 0;

    private static bool StartsWithDeclaration(ReadOnlySpan<byte> text) =>
        text.StartsWith(XmlDeclaration)
        && text.Length > XmlDeclaration.Length
        && text[XmlDeclaration.Length] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'?';

    // USPTO files declare UTF-8; a document declaring Latin-1 is honoured, anything else is read as UTF-8.
    private static string Decode(ReadOnlySpan<byte> bytes)
    {
        var encoding = Encoding.UTF8;
        if (bytes.StartsWith(XmlDeclaration))
        {
            var end = bytes.IndexOf("?>"u8);
            var declaration = Encoding.ASCII.GetString(end < 0 ? [] : bytes[..end]);
            if (declaration.Contains("ISO-8859-1", StringComparison.OrdinalIgnoreCase)
                || declaration.Contains("latin1", StringComparison.OrdinalIgnoreCase))
                encoding = Encoding.Latin1;
        }

        return encoding.GetString(bytes);
    }
}
