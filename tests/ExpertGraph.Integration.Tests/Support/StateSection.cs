namespace ExpertGraph.Integration.Tests.Support;

/// <summary>A store table or an index, dumped canonically: rows sorted by key, keys made unique.</summary>
internal sealed class StateSection
{
    public StateSection(string name, IEnumerable<StateRow> rows)
    {
        Name = name;
        var sorted = rows.OrderBy(r => r.Key, StringComparer.Ordinal).ThenBy(r => string.Join('\u0001', r.Values), StringComparer.Ordinal).ToList();
        // Two rows with one key are a finding in themselves (a duplicate document, say): number them so both are shown.
        var unique = new List<StateRow>(sorted.Count);
        var repeat = 0;
        for (var i = 0; i < sorted.Count; i++)
        {
            repeat = i > 0 && string.Equals(sorted[i - 1].Key, sorted[i].Key, StringComparison.Ordinal) ? repeat + 1 : 0;
            unique.Add(repeat == 0 ? sorted[i] : sorted[i] with { Key = $"{sorted[i].Key} (duplicate {repeat + 1})" });
        }

        Rows = unique;
    }

    public string Name { get; }

    public IReadOnlyList<StateRow> Rows { get; }

    public override string ToString() => $"{Name}: {Rows.Count} rows";
}
