using System.Globalization;
using System.Text;
using System.Text.Json;
using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Benchmarks;

/// <summary>
/// Reads an expert-finding benchmark corpus (the AMiner/DBLP benchmark of Brochier et al. as converted in
/// ../shared/data/expert-finding): <c>documents.jsonl</c>, one <c>{"doc": n, "text": "…"}</c> per line (title and abstract
/// run together, so the whole text is the title), with <c>doc_author.tsv</c> beside it giving each document's anonymous
/// authors (each a source author id, so resolution keeps them apart) and, when present, <c>doc_cites_doc.tsv</c> giving
/// the citations inside the corpus (a document's count of citing documents becomes its citation count).
/// </summary>
public sealed class ExpertFindingCorpusReader : IRecordReader
{
    public const string Source = "expert-finding";
    public const string AuthorsFile = "doc_author.tsv";
    public const string CitationsFile = "doc_cites_doc.tsv";

    public string FormatName => "expert-finding-jsonl";

    /// <summary>True when the first line is a JSON object of exactly a numeric "doc" and a string "text".</summary>
    public bool CanRead(ReadOnlySpan<byte> head, string fileName)
    {
        var newline = head.IndexOf((byte)'\n');
        var line = (newline < 0 ? head : head[..newline]).TrimEnd((byte)'\r');
        if (line.IsEmpty || line[0] != (byte)'{') return false;
        try
        {
            using var document = JsonDocument.Parse(line.ToArray());
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return false;
            var names = root.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
            return names.SequenceEqual(["doc", "text"])
                && root.GetProperty("doc").ValueKind == JsonValueKind.Number
                && root.GetProperty("text").ValueKind == JsonValueKind.String;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public IEnumerable<ReadResult> Read(Stream stream, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var authors = ReadPairs(Path.Combine(folder, AuthorsFile), path, required: true);
        var cited = ReadPairs(Path.Combine(folder, CitationsFile), path, required: false)
            .GroupBy(pair => pair.Right).ToDictionary(group => group.Key, group => group.Count());
        var authorsOf = authors.GroupBy(pair => pair.Left).ToDictionary(group => group.Key, group => group.Select(pair => pair.Right).ToList());

        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        var seen = new HashSet<long>();
        long lineNumber = 0, recordNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            if (line.Trim().Length == 0) continue;
            var position = new RecordPosition(++recordNumber, lineNumber);
            var (doc, text, problem) = ParseLine(line);
            if (problem is not null)
            {
                yield return ReadResult.Rejected(position, problem, line);
                continue;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                yield return ReadResult.Rejected(position, $"document {doc} has no \"text\"", line);
                continue;
            }

            if (!seen.Add(doc))
            {
                yield return ReadResult.Rejected(position, $"document {doc} appears twice", line);
                continue;
            }

            var docAuthors = authorsOf.GetValueOrDefault(doc) ?? [];
            yield return ReadResult.Ok(new Work(new SourceKey(Source, doc.ToString(CultureInfo.InvariantCulture)), WorkKind.Paper, text.Trim())
            {
                Language = "en",
                CitationCount = cited.GetValueOrDefault(doc),
                Authors = [.. docAuthors.Select((author, i) => new AuthorMention(AuthorName(author), i + 1) { SourceAuthorId = author.ToString(CultureInfo.InvariantCulture) })],
            }, position);
        }
    }

    private static (long Doc, string? Text, string? Problem) ParseLine(string line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.ValueKind != JsonValueKind.Object) return (-1, null, "not a JSON object");
            if (!json.RootElement.TryGetProperty("doc", out var id) || !id.TryGetInt64(out var doc) || doc < 0)
                return (-1, null, "no non-negative integer \"doc\"");
            var text = json.RootElement.TryGetProperty("text", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            return (doc, text, null);
        }
        catch (JsonException ex)
        {
            return (-1, null, "not JSON: " + ex.Message);
        }
    }

    /// <summary>The name an anonymous author is shown by; the benchmark gives only a number.</summary>
    public static string AuthorName(long author) => "Author " + author.ToString(CultureInfo.InvariantCulture);

    /// <summary>The benchmark author a mention's name stands for (the inverse of <see cref="AuthorName"/>).</summary>
    public static long AuthorOf(string name) =>
        name.StartsWith("Author ", StringComparison.Ordinal) && long.TryParse(name.AsSpan(7), NumberStyles.None, CultureInfo.InvariantCulture, out var author)
            ? author
            : throw new ArgumentException($"\"{name}\" is not the name of an expert-finding benchmark author", nameof(name));

    /// <summary>A two-column TSV of numbers with a header line; a bad line is an error naming the file and line.</summary>
    private static List<(long Left, long Right)> ReadPairs(string file, string corpus, bool required)
    {
        if (!File.Exists(file))
        {
            if (required) throw new UnknownFormatException(corpus, $"an expert-finding corpus needs {Path.GetFileName(file)} beside it");
            return [];
        }

        var pairs = new List<(long, long)>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(file))
        {
            if (++lineNumber == 1 || line.Length == 0) continue;
            var fields = line.Split('\t');
            if (fields.Length != 2
                || !long.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var left)
                || !long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var right))
                throw new UnknownFormatException(file, $"line {lineNumber} is not two numbers separated by a tab: \"{line}\"");
            pairs.Add((left, right));
        }

        return pairs;
    }
}
