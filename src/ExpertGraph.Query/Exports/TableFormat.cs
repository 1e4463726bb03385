namespace ExpertGraph.Query.Exports;

/// <summary>The file formats a table is exported in.</summary>
public enum TableFormat
{
    /// <summary>RFC 4180, UTF-8 with a byte-order mark (what Excel needs to read UTF-8), formula-safe cells.</summary>
    Csv,

    /// <summary>An Excel workbook of one sheet: bold frozen header, numbers as numbers.</summary>
    Xlsx,
}
