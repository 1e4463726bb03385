using System.Globalization;
using ExpertGraph.Core.Model;
using ExpertGraph.Search.Growth;

namespace ExpertGraph.Query.Growth;

/// <summary>
/// The csrankings 2017 snapshot as a career history: generated-author-info.csv gives each faculty member's papers at the
/// top venues of a CS area per year (one work each; no citations), faculty-coauthors.csv their co-authors by year, and
/// the department is the one institution (the snapshot has no moves). The person key is the name (the split hashes it);
/// the field, the area of most papers.
/// </summary>
public static class CsRankingsHistory
{
    public const string AuthorInfoFile = "generated-author-info.csv";
    public const string CoauthorsFile = "faculty-coauthors.csv";

    /// <summary>Reads the snapshot folder (the one holding generated-author-info.csv, or a folder above it: snap-2017-07 is looked for).</summary>
    public static CareerHistory Read(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!File.Exists(Path.Combine(folder, AuthorInfoFile)) && Directory.Exists(Path.Combine(folder, "snap-2017-07"))) folder = Path.Combine(folder, "snap-2017-07");
        var info = Path.Combine(folder, AuthorInfoFile);
        if (!File.Exists(info)) throw new ExpertGraphException($"{folder}: no {AuthorInfoFile} (the csrankings 2017 snapshot)");
        var rows = new List<(string Name, string Department, string Area, int Count, int Year)>();
        foreach (var fields in Lines(info, 7))
        {
            if (!double.TryParse(fields[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var count)
                || !int.TryParse(fields[6], NumberStyles.None, CultureInfo.InvariantCulture, out var year)) continue;
            rows.Add((fields[0].Trim(), fields[1].Trim(), fields[2].Trim(), (int)Math.Round(count, MidpointRounding.AwayFromZero), year));
        }

        var keys = new Dictionary<string, long>(StringComparer.Ordinal);
        var builder = new CareerHistoryBuilder();
        long Key(string name) => keys.TryGetValue(name, out var key) ? key : keys[name] = keys.Count + 1;
        var departments = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var person in rows.GroupBy(row => row.Name, StringComparer.Ordinal).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            var area = person.GroupBy(row => row.Area, StringComparer.Ordinal).OrderByDescending(g => g.Sum(row => row.Count)).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            builder.AddPerson(Key(person.Key), person.Key, area);
            foreach (var row in person)
            {
                var department = departments.TryGetValue(row.Department, out var id) ? id : departments[row.Department] = departments.Count + 1;
                for (var i = 0; i < row.Count; i++) builder.AddWork(Key(person.Key), row.Year, null, new CareerHistoryBuilder.Institution(department, row.Department, null));
            }
        }

        var coauthors = Path.Combine(folder, CoauthorsFile);
        if (File.Exists(coauthors))
        {
            foreach (var fields in Lines(coauthors, 4))
            {
                if (keys.TryGetValue(fields[0].Trim(), out var a) && keys.TryGetValue(fields[1].Trim(), out var b)
                    && int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
                    builder.AddCoauthors(a, b, year);
            }
        }

        return builder.Build();
    }

    /// <summary>The data lines (after the header) split on commas; lines of another field count are skipped (the files quote nothing).</summary>
    private static IEnumerable<string[]> Lines(string path, int fields)
    {
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var parts = line.Split(',');
            if (parts.Length == fields) yield return parts;
        }
    }
}
