namespace ExpertGraph.Resolution.Gold;

/// <summary>One CSV record: its fields, the line it starts on, and why it is broken (null when it is not).</summary>
internal sealed record CsvRow(int Line, IReadOnlyList<string> Fields, string? Error);
