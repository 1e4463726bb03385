using System.Text;

namespace ExpertGraph.Ingestion.WebOfScience;

/// <summary>
/// One Web of Science record as its fields, keyed by the two-character tag both export formats use (PT, AU, TI, C1, UT, …).
/// The formats differ in how a field holds several items: the field-tagged file puts each author and each address on a
/// line of its own and wraps long text over several lines, the tab-delimited file puts everything on one line with "; "
/// between items. <see cref="Items"/> and <see cref="Text"/> hide the difference from the mapper.
/// </summary>
internal sealed class WosRecord
{
    /// <summary>Fields whose lines in the field-tagged format are one item each (never wrapped text).</summary>
    private static readonly HashSet<string> LineItemTags = new(StringComparer.Ordinal) { "AU", "AF", "BA", "BF", "BE", "CA", "C1", "CR" };

    /// <summary>Fields whose items hold "; " inside brackets: C1's author lists, FU's grant numbers.</summary>
    private static readonly HashSet<string> BracketTags = new(StringComparer.Ordinal) { "C1", "FU" };

    private readonly Dictionary<string, List<(string Text, long Line)>> _fields = new(StringComparer.Ordinal);

    public WosRecord(bool tabDelimited) => TabDelimited = tabDelimited;

    /// <summary>True for a row of the tab-delimited export, false for a field-tagged record.</summary>
    public bool TabDelimited { get; }

    public bool Has(string tag) => _fields.ContainsKey(tag);

    /// <summary>Adds a line of a field: the tag line's value or a continuation line (field-tagged), or the cell (tab-delimited).</summary>
    public void Add(string tag, string text, long line)
    {
        if (!_fields.TryGetValue(tag, out var lines)) _fields[tag] = lines = [];
        lines.Add((text, line));
    }

    /// <summary>The field's text, wrapped lines joined by a space and whitespace collapsed; null when absent or blank.</summary>
    public string? Text(string tag)
    {
        if (!_fields.TryGetValue(tag, out var lines)) return null;
        var text = new StringBuilder();
        foreach (var (line, _) in lines)
        {
            foreach (var c in line)
            {
                if (char.IsWhiteSpace(c))
                {
                    if (text.Length > 0 && text[^1] != ' ') text.Append(' ');
                }
                else
                {
                    text.Append(c);
                }
            }

            if (text.Length > 0 && text[^1] != ' ') text.Append(' ');
        }

        var result = text.ToString().Trim();
        return result.Length == 0 ? null : result;
    }

    /// <summary>
    /// The items of a list field with the line each came from: the lines of an author or address field in the
    /// field-tagged format, the ";"-separated parts of the text otherwise (for C1 and FU only outside brackets,
    /// which hold an address's "[Author; Author]" list and a funder's grant numbers). Blank items are dropped.
    /// </summary>
    public IReadOnlyList<(string Text, long Line)> Items(string tag)
    {
        if (!_fields.TryGetValue(tag, out var lines)) return [];
        var items = new List<(string, long)>();
        if (!TabDelimited && LineItemTags.Contains(tag))
        {
            foreach (var (line, number) in lines)
                if (line.Trim() is { Length: > 0 } item) items.Add((item, number));
            return items;
        }

        if (Text(tag) is not { } text) return items;
        var at = lines[0].Line;
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '[') depth++;
            else if (c == ']' && depth > 0) depth--;
            else if (c == ';' && (depth == 0 || !BracketTags.Contains(tag)))
            {
                if (text[start..i].Trim() is { Length: > 0 } item) items.Add((item, at));
                start = i + 1;
            }
        }

        if (text[start..].Trim() is { Length: > 0 } last) items.Add((last, at));
        return items;
    }
}
