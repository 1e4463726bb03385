using System.Text;

namespace ExpertGraph.Resolution.Gold;

/// <summary>
/// A small RFC 4180 reader for the gold CSVs (Resolution does not reference Ingestion and its byte-level reader): comma
/// separated, fields optionally in double quotes with "" for a quote, line breaks inside quotes allowed, CRLF or LF.
/// A broken record (text after a closing quote, a quote left open at the end) comes back with <see cref="CsvRow.Error"/>
/// set and the reader goes on with the next line.
/// </summary>
internal static class Rfc4180Reader
{
    public static IEnumerable<CsvRow> Read(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var start = lineNumber;
            fields.Clear();
            field.Clear();
            string? error = null;
            var quoted = false;
            var i = 0;
            while (true)
            {
                if (i == line.Length)
                {
                    if (!quoted) break;
                    if (reader.ReadLine() is not { } next)
                    {
                        error = $"a quoted field opened on line {start} is not closed at the end of the file";
                        break;
                    }

                    lineNumber++;
                    field.Append('\n');
                    line = next;
                    i = 0;
                    continue;
                }

                var c = line[i++];
                if (quoted)
                {
                    if (c != '"') field.Append(c);
                    else if (i < line.Length && line[i] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                        if (i < line.Length && line[i] != ',')
                        {
                            error = $"text after the closing quote of field {fields.Count + 1} at position {i + 1}";
                            break;
                        }
                    }
                }
                else if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else if (c == '"' && field.Length == 0) quoted = true;
                else field.Append(c);
            }

            fields.Add(field.ToString());
            yield return new CsvRow(start, fields.ToArray(), error);
        }
    }
}
