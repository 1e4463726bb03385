using System.Text;

namespace ExpertGraph.Benchmarks.Synthetic;

/// <summary>RFC 4180 rows, streamed: quoted fields may hold commas, doubled quotes and line breaks.</summary>
internal static class CsvRows
{
    public static IEnumerable<string[]> Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var rowHasContent = false;
        int next;
        while ((next = reader.Read()) >= 0)
        {
            var c = (char)next;
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (reader.Peek() == '"') field.Append((char)reader.Read());
                else quoted = false;
                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    rowHasContent = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    rowHasContent = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    if (rowHasContent || field.Length > 0)
                    {
                        fields.Add(field.ToString());
                        yield return fields.ToArray();
                    }

                    fields.Clear();
                    field.Clear();
                    rowHasContent = false;
                    break;
                default:
                    field.Append(c);
                    rowHasContent = true;
                    break;
            }
        }

        if (rowHasContent || field.Length > 0)
        {
            fields.Add(field.ToString());
            yield return fields.ToArray();
        }
    }

    /// <summary>Rows after the header, each as a field lookup by header name; a missing column fails naming the file.</summary>
    public static IEnumerable<Func<string, string>> ReadWithHeader(string path, params string[] requiredColumns)
    {
        using var rows = Read(path).GetEnumerator();
        if (!rows.MoveNext()) yield break;
        var header = rows.Current;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++) index.TryAdd(header[i].Trim().TrimStart('\uFEFF'), i);
        foreach (var column in requiredColumns)
            if (!index.ContainsKey(column))
                throw new InvalidDataException($"{path}: expected a column '{column}' in the header");

        while (rows.MoveNext())
        {
            var row = rows.Current;
            yield return column => index.TryGetValue(column, out var i) && i < row.Length ? row[i] : "";
        }
    }
}
