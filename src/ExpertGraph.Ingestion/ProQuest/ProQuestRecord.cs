using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.ProQuest;

/// <summary>
/// One document block of a ProQuest report as it is read: the title line after "Document N of M", then "Field: value"
/// lines. A line that is not a field continues the field before it (an abstract's later paragraphs); bare URL lines (the
/// document's link, the second OpenURL of "Links") are left out. Inside an abstract, "Results: …" is text, not a field,
/// unless it is one of the field names ProQuest writes.
/// </summary>
internal sealed partial class ProQuestRecord(RecordPosition position)
{
    private static readonly FrozenSet<string> KnownFields = new[]
    {
        "Abstract", "Advisor", "Author", "Author e-mail address", "Classification", "Committee member", "Copyright",
        "Country of publication", "Database", "Degree", "Degree date", "Department", "Dissertation/thesis number", "DOI",
        "Document type", "Document URL", "First page", "Identifier / keyword", "ISBN", "ISSN", "Issue", "Language",
        "Last updated", "Links", "Number of pages", "Pages", "Place of publication", "ProQuest document ID",
        "Publication date", "Publication title", "Publication year", "Publisher", "School code", "Source", "Source type",
        "Subject", "Title", "University location", "University/institution", "Volume",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly Dictionary<string, StringBuilder> _fields = new(StringComparer.Ordinal);
    private readonly StringBuilder _raw = new();
    private string? _field;
    private string? _problem;

    public RecordPosition Position => position;

    /// <summary>The line after "Document N of M": the document's title as the report lists it.</summary>
    public string? TitleLine { get; private set; }

    public string RawText => _raw.ToString().TrimEnd('\n');

    public void AddRaw(string line) => _raw.Append(line).Append('\n');

    public void Fail(string reason) => _problem ??= reason;

    public void AddLine(string line)
    {
        var text = line.Trim();
        if (text.Length == 0 || text.StartsWith("http://", StringComparison.Ordinal) || text.StartsWith("https://", StringComparison.Ordinal)) return;

        var field = Field().Match(text);
        if (field.Success && (KnownFields.Contains(field.Groups["name"].Value) || (_field is not null && _field != "Abstract")))
        {
            _field = field.Groups["name"].Value;
            // A repeated field (two "Author:" lines) keeps both values, "; "-separated like ProQuest's own lists.
            if (_fields.TryGetValue(_field, out var existing)) existing.Append("; ").Append(field.Groups["value"].Value.Trim());
            else _fields[_field] = new StringBuilder(field.Groups["value"].Value.Trim());
            return;
        }

        if (_field is null) TitleLine ??= text;
        else _fields[_field].Append(' ').Append(text);
    }

    /// <summary>The field's text, or null when absent or blank.</summary>
    public string? Value(string name) => _fields.TryGetValue(name, out var value) && value.ToString().Trim() is { Length: > 0 } text ? text : null;

    public ReadResult Result()
    {
        if (_problem is not null) return ReadResult.Rejected(position, _problem, RawText);
        var work = ProQuestRecordMapper.Map(this, out var reason);
        return work is null ? ReadResult.Rejected(position, reason!, RawText) : ReadResult.Ok(work, position);
    }

    [GeneratedRegex(@"^(?<name>[A-Z][A-Za-z /\-]{0,40}): (?<value>.*)$")]
    private static partial Regex Field();
}
