using ExpertGraph.Core.Model;

namespace ExpertGraph.Cli.Commands;

/// <summary>
/// Person ids as the CLI prints them ("P12") or bare ("12"), given one by one, comma-separated, or as @file with one id
/// per line (blank lines and # comments skipped). An entry that is no id is an error naming it (and its file and line).
/// </summary>
internal static class PersonIdList
{
    /// <param name="what">What the ids are, for the error message ("applicants", "persons").</param>
    public static List<PersonId> Parse(IEnumerable<string> tokens, string what)
    {
        var ids = new List<PersonId>();
        foreach (var token in tokens.SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!token.StartsWith('@'))
            {
                ids.Add(PersonId.TryParse(token, out var id) ? id : throw NotAnId(what, token));
                continue;
            }

            var path = token[1..];
            string[] lines;
            try
            {
                lines = File.ReadAllLines(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new ExpertGraphException($"{what} file {path}: cannot read it ({ex.Message})");
            }

            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (line.Length == 0 || line.StartsWith('#')) continue;
                ids.Add(PersonId.TryParse(line, out var fromFile) ? fromFile : throw NotAnId($"{what} file {path}, line {i + 1}", line));
            }
        }

        return ids;
    }

    private static ExpertGraphException NotAnId(string where, string text) =>
        new($"{where}: '{text}' is not a person id (P12 or 12, as `expertgraph person` prints them)");
}
