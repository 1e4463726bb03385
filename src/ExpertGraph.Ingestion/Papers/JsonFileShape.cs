namespace ExpertGraph.Ingestion.Papers;

/// <summary>How a JSON file lays out its records.</summary>
internal enum JsonFileShape
{
    /// <summary>JSON lines: one record per line (snapshot and export files).</summary>
    Lines = 1,
    /// <summary>API list pages: the records are the elements of an array inside each top-level object, one page or several.</summary>
    Page,
    /// <summary>One pretty-printed record (or several, one after another), as single-record API responses come.</summary>
    Document,
}
