namespace ExpertGraph.Query.Exports;

/// <summary>
/// A table to export: column names and rows whose cells are text (string), numbers (int, long, double) or empty
/// (null). CSV writes numbers in invariant form; XLSX keeps them numbers.
/// </summary>
public sealed record ExportTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);
