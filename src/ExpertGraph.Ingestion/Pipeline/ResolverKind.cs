namespace ExpertGraph.Ingestion.Pipeline;

/// <summary>Which author resolver an ingest runs (curator decisions win over either).</summary>
public enum ResolverKind
{
    /// <summary>The trained pairwise model with incremental clustering per name block (<c>ModelAuthorResolver</c>).</summary>
    Model,

    /// <summary>The first cut: hard ids, or the exact name at the exact institution (<c>ExactKeyAuthorResolver</c>).</summary>
    Exact,
}
