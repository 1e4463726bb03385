namespace ExpertGraph.Search.Indexing;

/// <summary>Live document counts of the committed works and experts indexes.</summary>
public sealed record IndexStatistics(int Works, int Experts)
{
    public static IndexStatistics Read(string indexFolder) =>
        new(Count(Path.Combine(indexFolder, "works")), Count(Path.Combine(indexFolder, "experts")));

    private static int Count(string folder)
    {
        using var index = CommittedIndex.TryOpen(folder);
        return index?.Reader.NumDocs ?? 0;
    }
}
