namespace ExpertGraph.Ingestion.Csv;

/// <summary>
/// One record read through its header's <see cref="CsvColumns"/>: fields by column name. <paramref name="shiftFrom"/>
/// and <paramref name="shift"/> realign a record that holds <paramref name="shift"/> unnamed fields just before the
/// column at index <paramref name="shiftFrom"/> (columns from there on are read that many fields further right).
/// </summary>
internal readonly struct CsvRow(CsvColumns columns, IReadOnlyList<string> fields, int shiftFrom = int.MaxValue, int shift = 0)
{
    public CsvColumns Columns => columns;

    public IReadOnlyList<string> Fields => fields;

    /// <summary>The raw field of the named column, or null when the header has no such column or the record is short.</summary>
    public string? Raw(string name)
    {
        var index = columns.IndexOf(name);
        if (index < 0) return null;
        if (index >= shiftFrom) index += shift;
        return index < fields.Count ? fields[index] : null;
    }

    /// <summary>The field trimmed, or null when it is absent, empty or whitespace.</summary>
    public string? Get(string name)
    {
        var raw = Raw(name);
        return string.IsNullOrWhiteSpace(raw) ? null : raw.Trim();
    }
}
