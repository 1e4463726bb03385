using System.Text.Json;
using System.Text.RegularExpressions;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>
/// Reads arXiv's metadata snapshot (Kaggle "arxiv-metadata-oai-snapshot"): JSON lines, one paper per line with
/// id, submitter, authors, title, comments, journal-ref, doi, report-no, categories, license, abstract, versions,
/// update_date and authors_parsed. A line that is not JSON, or a record without id or title, is rejected on its own and
/// reading goes on with the next line. Mapping: <see cref="ArxivRecordMapper"/>.
/// </summary>
public sealed partial class ArxivMetadataReader : IRecordReader
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static readonly string[] RecordProperties = ["submitter", "authors", "authors_parsed", "categories", "versions", "update_date"];

    /// <inheritdoc />
    public string FormatName => "arxiv-jsonl";

    /// <summary>
    /// True when the first line is a JSON object whose "id" is an arXiv identifier and which has one of the snapshot's
    /// other properties. Only the part of the line within the head is read: a record with thousands of authors can
    /// be longer, and the id comes first.
    /// </summary>
    public bool CanRead(ReadOnlySpan<byte> head, string fileName)
    {
        if (head.StartsWith(Utf8Bom)) head = head[Utf8Bom.Length..];
        head = head.TrimStart(" \t\r\n"u8);
        var newline = head.IndexOf((byte)'\n');
        var line = newline < 0 ? head : head[..newline];
        if (line.IsEmpty || line[0] != (byte)'{') return false;

        var reader = new Utf8JsonReader(line, isFinalBlock: false, state: default);
        var hasId = false;
        var hasOther = false;
        try
        {
            while (!(hasId && hasOther) && reader.Read())
            {
                if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1) continue;
                var name = reader.GetString();
                if (name == "id")
                {
                    if (!reader.Read() || reader.TokenType != JsonTokenType.String || !ArxivId().IsMatch(reader.GetString() ?? "")) return false;
                    hasId = true;
                }
                else if (RecordProperties.Contains(name, StringComparer.Ordinal))
                {
                    hasOther = true;
                }
            }
        }
        catch (JsonException)
        {
            return false;
        }

        return hasId && hasOther;
    }

    /// <inheritdoc />
    public IEnumerable<ReadResult> Read(Stream stream, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var window = new StreamWindow(stream);
        window.SkipByteOrderMark();
        return JsonRecords.FromLines(window, "arXiv", ArxivRecordMapper.Map, cancellationToken);
    }

    // New-style "0704.0001" / "2101.00001" (with or without a version), old-style "hep-th/9901001", "math.GT/0309136".
    [GeneratedRegex(@"^(?:[0-9]{4}\.[0-9]{4,5}|[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?/[0-9]{7})(?:v[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ArxivId();
}
