using System.Globalization;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Cli.Commands;

/// <summary>
/// Person ids as the CLI prints them ("P12") or bare ("12"), given one by one or as @file with one id per line
/// (blank lines and # comments skipped). A malformed entry is a usage error naming the entry (and file and line).
/// </summary>
internal static class PersonIdList
{
    public static IReadOnlyList<PersonId> Parse(IEnumerable<string> arguments)
    {
        var ids = new List<PersonId>();
        foreach (var argument in arguments)
        {
            if (argument.StartsWith('@'))
            {
                var path = argument[1..];
                if (!File.Exists(path)) throw new FormatException($"{path}: no such file of person ids");
                var lineNumber = 0;
                foreach (var line in File.ReadLines(path))
                {
                    lineNumber++;
                    var text = line.Trim();
                    if (text.Length == 0 || text.StartsWith('#')) continue;
                    ids.Add(ParseOne(text, $"{path}:{lineNumber}: "));
                }
            }
            else
            {
                ids.Add(ParseOne(argument.Trim(), ""));
            }
        }

        return ids;
    }

    private static PersonId ParseOne(string text, string where)
    {
        var digits = text.StartsWith('P') || text.StartsWith('p') ? text[1..] : text;
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? new PersonId(id)
            : throw new FormatException($"{where}\"{text}\" is not a person id (P12 or 12, as `expertgraph person` prints them)");
    }
}
