namespace ExpertGraph.Ingestion.Csv;

/// <summary>
/// Where each named column of a CSV header sits. Vendors add, drop and reorder columns between export versions, so
/// readers find columns by name, never by position. Names are trimmed and compared exactly; the first of two equal
/// names wins.
/// </summary>
internal sealed class CsvColumns
{
    private readonly Dictionary<string, int> _indexByName = new(StringComparer.Ordinal);

    public CsvColumns(IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        Names = [.. header.Select(name => name.Trim())];
        for (var i = 0; i < Names.Count; i++) _indexByName.TryAdd(Names[i], i);
    }

    /// <summary>The trimmed names in header order.</summary>
    public IReadOnlyList<string> Names { get; }

    public int Count => Names.Count;

    /// <summary>The column's index, or -1 when the header has no such column.</summary>
    public int IndexOf(string name) => _indexByName.GetValueOrDefault(name, -1);

    public bool Has(string name) => _indexByName.ContainsKey(name);

    public bool HasAll(IEnumerable<string> names) => names.All(Has);

    /// <summary>The first of <paramref name="names"/> the header lacks, or null when it has them all.</summary>
    public string? FirstMissing(IEnumerable<string> names) => names.FirstOrDefault(name => !Has(name));

    /// <summary>
    /// The record's fields as a row of these columns. A record with more fields than the header is accepted only when
    /// the extra fields are empty (a trailing comma); any other count is a misaligned row: null, with the reason.
    /// </summary>
    public CsvRow? Row(IReadOnlyList<string> fields, out string? reason)
    {
        ArgumentNullException.ThrowIfNull(fields);
        reason = null;
        if (fields.Count == Count) return new CsvRow(this, fields);
        if (fields.Count > Count && fields.Skip(Count).All(string.IsNullOrWhiteSpace)) return new CsvRow(this, fields);
        reason = $"expected {Count} fields, found {fields.Count}";
        return null;
    }
}
