using System.Text;

namespace ExpertGraph.Integration.Tests.Support;

/// <summary>
/// The differences between two full states, readably: per section the row counts, then the first rows missing, extra
/// or different, and for a different row the entries (columns, stored fields, terms) only one side has.
/// </summary>
internal static class FullStateDifference
{
    private const int RowsShown = 5;
    private const int EntriesShown = 8;
    private const int MaxEntryLength = 240;

    /// <summary>An empty string when both states are equal, row for row and document for document.</summary>
    public static string Describe(FullState expected, FullState actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var text = new StringBuilder();
        var names = expected.Sections.Select(s => s.Name).Union(actual.Sections.Select(s => s.Name), StringComparer.Ordinal);
        foreach (var name in names)
            Describe(name, Rows(expected, name), Rows(actual, name), text);
        return text.ToString();
    }

    private static void Describe(string section, IReadOnlyList<StateRow> expected, IReadOnlyList<StateRow> actual, StringBuilder text)
    {
        var expectedByKey = expected.ToDictionary(r => r.Key, StringComparer.Ordinal);
        var actualByKey = actual.ToDictionary(r => r.Key, StringComparer.Ordinal);
        var keys = expectedByKey.Keys.Union(actualByKey.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var missing = new List<StateRow>();
        var extra = new List<StateRow>();
        var different = new List<(StateRow Expected, StateRow Actual)>();
        foreach (var key in keys)
        {
            var inExpected = expectedByKey.TryGetValue(key, out var e);
            var inActual = actualByKey.TryGetValue(key, out var a);
            if (!inActual) missing.Add(e!);
            else if (!inExpected) extra.Add(a!);
            else if (!e!.SameValues(a!)) different.Add((e, a!));
        }

        if (missing.Count + extra.Count + different.Count == 0) return;
        text.Append($"{section}: {expected.Count} rows expected, {actual.Count} actual; {missing.Count} missing, {extra.Count} extra, {different.Count} different\n");
        foreach (var row in missing.Take(RowsShown)) text.Append("  missing ").Append(Clip(row.ToString())).Append('\n');
        foreach (var row in extra.Take(RowsShown)) text.Append("  extra   ").Append(Clip(row.ToString())).Append('\n');
        foreach (var (e, a) in different.Take(RowsShown))
        {
            text.Append("  differs [").Append(e.Key).Append("]\n");
            foreach (var entry in Except(e.Values, a.Values).Take(EntriesShown)) text.Append("      - ").Append(Clip(entry)).Append('\n');
            foreach (var entry in Except(a.Values, e.Values).Take(EntriesShown)) text.Append("      + ").Append(Clip(entry)).Append('\n');
        }
    }

    private static IReadOnlyList<StateRow> Rows(FullState state, string name) =>
        state.Sections.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal))?.Rows ?? [];

    /// <summary>Entries of <paramref name="left"/> not matched one for one in <paramref name="right"/>, in order.</summary>
    private static IEnumerable<string> Except(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        var remaining = right.GroupBy(v => v, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var entry in left)
        {
            if (remaining.TryGetValue(entry, out var count) && count > 0) remaining[entry] = count - 1;
            else yield return entry;
        }
    }

    private static string Clip(string text) => text.Length <= MaxEntryLength ? text : text[..MaxEntryLength] + $"… ({text.Length} chars)";
}
