using System.Text;
using System.Text.RegularExpressions;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Bibtex;

/// <summary>
/// Reads BibTeX and BibLaTeX files (.bib): OpenAlex's exports, reference managers' libraries, CNKI records converted
/// to BibTeX. Entries are parsed one at a time (<see cref="BibtexParser"/>), their LaTeX turned into text and their
/// name lists read as BibTeX reads them; see <see cref="BibtexWorkMapper"/> for the fields and keys. A broken entry
/// is rejected with its line and reading goes on at the next entry.
/// </summary>
public sealed partial class BibtexReader : IRecordReader
{
    /// <summary>How much free text (a reference manager's banner) may come before the first entry.</summary>
    private const int MaxPreambleLength = 4096;

    public string FormatName => "bibtex";

    /// <summary>
    /// True when an entry start (@type{ or @type( opening a line) comes within the first 4 KiB, and the text before it,
    /// if any, is comment lines or plain prose: no braces, brackets, angle brackets or quotes, which other formats
    /// (JSON, XML, CNKI's {Field}: lines) would show first.
    /// </summary>
    public bool CanRead(ReadOnlySpan<byte> head, string fileName)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        var text = Encoding.UTF8.GetString(head[..Math.Min(head.Length, MaxPreambleLength + 256)]);
        var entry = EntryStart().Match(text);
        if (!entry.Success || entry.Index > MaxPreambleLength) return false;
        foreach (var line in text[..entry.Index].Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith('%')) continue;
            if (trimmed.AsSpan().IndexOfAny("{}[]<>\"") >= 0) return false;
        }

        return true;
    }

    public IEnumerable<ReadResult> Read(Stream stream, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadEntries(stream, cancellationToken);
    }

    private static IEnumerable<ReadResult> ReadEntries(Stream stream, CancellationToken cancellationToken)
    {
        long recordNumber = 0;
        foreach (var entry in new BibtexParser(stream).ReadEntries(cancellationToken))
        {
            var position = new RecordPosition(++recordNumber, entry.Line, entry.ByteOffset);
            yield return entry.Error is { } error
                ? ReadResult.Rejected(position, $"malformed BibTeX entry @{entry.Type}{{{entry.Key}}}: {error}", entry.RawText)
                : BibtexWorkMapper.Map(entry, position);
        }
    }

    [GeneratedRegex(@"^[ \t]*@[A-Za-z][\w-]*[ \t]*[{(]", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex EntryStart();
}
