namespace ExpertGraph.Ingestion.Harvesting;

/// <summary>An answer of status 200 whose body is not a whole page of the source (cut short, an HTML error page): retried.</summary>
internal sealed class HarvestBodyException : Exception
{
    public HarvestBodyException() { }
    public HarvestBodyException(string message) : base(message) { }
    public HarvestBodyException(string message, Exception innerException) : base(message, innerException) { }
}
