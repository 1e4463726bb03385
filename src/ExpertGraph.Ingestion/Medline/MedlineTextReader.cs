using System.Text;
using System.Text.RegularExpressions;
using ExpertGraph.Ingestion.Papers;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Medline;

/// <summary>
/// Reads the MEDLINE text format (PubMed's "Save as PubMed format", .nbib, .medline): records of tagged lines
/// ("PMID- ", "TI  - ", "FAU - "), a tag in the first four columns and "- " after it, long values continued on lines
/// indented by six spaces, records separated by blank lines. Line by line; a record with a line that is neither
/// a field nor a continuation is rejected with that line, and the next record reads on.
/// </summary>
public sealed partial class MedlineTextReader : IRecordReader
{
    public string FormatName => "medline-text";

    /// <summary>True when the first line that is not blank is a PMID field and the next line is a field too.</summary>
    public bool CanRead(ReadOnlySpan<byte> head, string fileName)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        return FirstRecord().IsMatch(Encoding.UTF8.GetString(head));
    }

    public IEnumerable<ReadResult> Read(Stream stream, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadRecords(new StreamWindow(stream), cancellationToken);
    }

    private static IEnumerable<ReadResult> ReadRecords(StreamWindow window, CancellationToken cancellationToken)
    {
        window.SkipByteOrderMark();
        long recordNumber = 0;
        var lines = new List<string>();
        var fields = new List<MedlineTextField>();
        string? error = null;
        RecordPosition position = default;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var more = window.TryTakeLine(out var bytes, out var lineNumber, out var offset);
            var line = more ? Encoding.UTF8.GetString(bytes) : "";
            var field = more ? FieldOf(line) : null;
            // A record ends at a blank line, at the next PMID or at the end of the file.
            if (lines.Count > 0 && (!more || string.IsNullOrWhiteSpace(line) || field?.Tag == "PMID"))
            {
                var rawText = string.Join('\n', lines);
                yield return error is null ? MedlineTextMapper.Map(fields, position, rawText) : ReadResult.Rejected(position, error, rawText);
                lines.Clear();
                fields.Clear();
                error = null;
            }

            if (!more) yield break;
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (lines.Count == 0) position = new RecordPosition(++recordNumber, lineNumber, offset);
            lines.Add(line);
            if (field is not null) fields.Add(field);
            else if (char.IsWhiteSpace(line[0]) && fields.Count > 0) fields[^1] = fields[^1] with { Value = Join(fields[^1].Value, line.Trim()) };
            else error ??= $"line {lineNumber} is neither a \"TAG - value\" field nor an indented continuation: \"{Shorten(line)}\"";
        }
    }

    /// <summary>"AU  - Smith J" → ("AU", "Smith J"); null for a line that is not a field.</summary>
    private static MedlineTextField? FieldOf(string line)
    {
        if (line.Length < 5 || line[4] != '-' || !char.IsAsciiLetterUpper(line[0])) return null;
        for (var i = 1; i < 4; i++)
            if (!(char.IsAsciiLetterUpper(line[i]) || char.IsAsciiDigit(line[i]) || line[i] == ' ')) return null;
        return new MedlineTextField(line[..4].TrimEnd(), line.Length > 5 ? line[5..].Trim() : "");
    }

    private static string Join(string value, string continuation) =>
        value.Length == 0 ? continuation : continuation.Length == 0 ? value : value + " " + continuation;

    private static string Shorten(string line) => line.Length <= 80 ? line : line[..80] + "…";

    [GeneratedRegex(@"\A(?:[ \t]*\r?\n)*PMID- *\d+[ \t]*\r?\n[A-Z][A-Z0-9 ]{3}- ", RegexOptions.CultureInvariant)]
    private static partial Regex FirstRecord();
}
