namespace ExpertGraph.Search.Indexing;

/// <summary>What a rebuild wrote: documents per index.</summary>
public sealed record IndexRebuild(long WorkDocuments, long ExpertDocuments);
