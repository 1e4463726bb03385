namespace ExpertGraph.Ingestion.Csv;

internal enum CsvParseStatus
{
    /// <summary>The record ended on this line.</summary>
    Complete = 1,
    /// <summary>A quoted field is still open at the end of the line: the record continues on the next line.</summary>
    NeedMore,
    /// <summary>The quoting is broken (a character after a closing quote).</summary>
    BadQuoting,
}
