namespace ExpertGraph.Ingestion.Papers;

/// <summary>How an OpenAlex file lays out its entities.</summary>
internal enum OpenAlexFileShape
{
    /// <summary>JSON lines: one entity per line (snapshot and export files).</summary>
    Lines = 1,
    /// <summary>API list pages: {"meta": …, "results": [ … ]}, one or several.</summary>
    Page,
    /// <summary>One pretty-printed entity (or several, one after another), as the single-entity API returns them.</summary>
    Document,
}
