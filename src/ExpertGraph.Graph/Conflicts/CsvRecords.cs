using System.Text;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Graph.Conflicts;

/// <summary>
/// The curator files' CSV: a header line, then one record a line, fields split on commas, double quotes around a
/// field that holds a comma ("" inside for a quote); blank lines and lines starting with # are skipped.
/// </summary>
internal static class CsvRecords
{
    /// <summary>Every data line as (line number, fields), after checking that the header names <paramref name="columns"/> first.</summary>
    public static IEnumerable<(int Line, string[] Fields)> Read(string path, string what, params string[] columns)
    {
        string[] lines;
        try { lines = File.ReadAllLines(path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ExpertGraphException($"{what} file {path}: cannot read it ({ex.Message})");
        }

        var header = lines.Select((text, i) => (text, i)).FirstOrDefault(l => l.text.Trim().Length > 0 && !l.text.TrimStart().StartsWith('#'));
        var names = header.text is null ? [] : Split(header.text, path, what, header.i + 1);
        for (var c = 0; c < columns.Length; c++)
        {
            if (c >= names.Length || !string.Equals(names[c].Trim(), columns[c], StringComparison.OrdinalIgnoreCase))
                throw new ExpertGraphException($"{what} file {path}, line {header.i + 1}: the header must start {string.Join(',', columns)}");
        }

        for (var i = header.i + 1; i < lines.Length; i++)
        {
            var text = lines[i];
            if (text.Trim().Length == 0 || text.TrimStart().StartsWith('#')) continue;
            yield return (i + 1, Split(text, path, what, i + 1));
        }
    }

    private static string[] Split(string line, string path, string what, int number)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString().Trim()); field.Clear(); }
            else field.Append(c);
        }

        if (quoted) throw new ExpertGraphException($"{what} file {path}, line {number}: a quoted field is not closed");
        fields.Add(field.ToString().Trim());
        return [.. fields];
    }
}
