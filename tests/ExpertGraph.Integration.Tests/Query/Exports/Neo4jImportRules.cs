using System.Text.RegularExpressions;

namespace ExpertGraph.Integration.Tests.Query.Exports;

/// <summary>
/// The header rules of neo4j-admin import (Neo4j operations manual, "Import: CSV header format"), written out for the
/// tests: each column is <c>name</c>, <c>name:type</c> or a special field (<c>:ID</c>/<c>name:ID(space)</c>,
/// <c>:LABEL</c>, <c>:START_ID(space)</c>, <c>:END_ID(space)</c>, <c>:TYPE</c>, <c>:IGNORE</c>); types are int, long,
/// float, double, boolean, byte, short, char, string, point, date, localtime, time, localdatetime, datetime, duration,
/// each optionally an array (<c>[]</c>). A node file has one ID column; a relationship file one START_ID, one END_ID and a
/// :TYPE; every ID space a relationship names belongs to a node file.
/// </summary>
internal static partial class Neo4jImportRules
{
    private static readonly HashSet<string> Types = new(StringComparer.Ordinal)
    {
        "int", "long", "float", "double", "boolean", "byte", "short", "char", "string", "point", "date", "localtime", "time",
        "localdatetime", "datetime", "duration",
    };

    /// <summary>Every violation of the rules by the headers of the node and relationship files (empty: none).</summary>
    public static List<string> Check(IReadOnlyDictionary<string, string[]> nodeHeaders, IReadOnlyDictionary<string, string[]> relationshipHeaders)
    {
        var problems = new List<string>();
        var spaces = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, header) in nodeHeaders)
        {
            var ids = header.Select(column => IdColumn().Match(column)).Where(m => m.Success).ToList();
            if (ids.Count != 1) problems.Add($"{file}: {ids.Count} ID columns");
            else if (!spaces.Add(ids[0].Groups["space"].Value)) problems.Add($"{file}: ID space {ids[0].Groups["space"].Value} used twice");
            problems.AddRange(header.Where(c => !IdColumn().IsMatch(c) && c != ":LABEL" && c != ":IGNORE").SelectMany(c => Property(file, c)));
        }

        foreach (var (file, header) in relationshipHeaders)
        {
            foreach (var end in new[] { "START_ID", "END_ID" })
            {
                var columns = header.Where(c => c.StartsWith(":" + end, StringComparison.Ordinal)).ToList();
                if (columns.Count != 1) { problems.Add($"{file}: {columns.Count} :{end} columns"); continue; }
                var match = EndColumn().Match(columns[0]);
                if (!match.Success || match.Groups["kind"].Value != end) problems.Add($"{file}: bad {columns[0]}");
                else if (!spaces.Contains(match.Groups["space"].Value)) problems.Add($"{file}: ID space {match.Groups["space"].Value} has no node file");
            }

            if (header.Count(c => c == ":TYPE") != 1) problems.Add($"{file}: no single :TYPE column");
            problems.AddRange(header.Where(c => !c.StartsWith(":", StringComparison.Ordinal)).SelectMany(c => Property(file, c)));
        }

        return problems;
    }

    private static IEnumerable<string> Property(string file, string column)
    {
        var parts = column.Split(':');
        if (parts.Length > 2 || parts[0].Length == 0) return [$"{file}: bad column '{column}'"];
        if (parts.Length == 2 && !Types.Contains(parts[1].EndsWith("[]", StringComparison.Ordinal) ? parts[1][..^2] : parts[1]))
            return [$"{file}: '{column}' has an unknown type"];
        return [];
    }

    /// <summary>The type of a property column (string when none is given).</summary>
    public static string TypeOf(string column) => column.Contains(':', StringComparison.Ordinal) && !column.StartsWith(':') ? column.Split(':')[1] : "string";

    [GeneratedRegex(@"^\w*:ID\((?<space>\w+)\)$")]
    private static partial Regex IdColumn();

    [GeneratedRegex(@"^:(?<kind>START_ID|END_ID)\((?<space>\w+)\)$")]
    private static partial Regex EndColumn();
}
