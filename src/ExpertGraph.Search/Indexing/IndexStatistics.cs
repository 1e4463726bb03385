using Lucene.Net.Index;
using Lucene.Net.Store;

namespace ExpertGraph.Search.Indexing;

/// <summary>Live document counts of the committed works and experts indexes.</summary>
public sealed record IndexStatistics(int Works, int Experts)
{
    public static IndexStatistics Read(string indexFolder) =>
        new(Count(Path.Combine(indexFolder, "works")), Count(Path.Combine(indexFolder, "experts")));

    private static int Count(string folder)
    {
        if (!System.IO.Directory.Exists(folder)) return 0;
        using var directory = FSDirectory.Open(folder);
        if (!DirectoryReader.IndexExists(directory)) return 0;
        using var reader = DirectoryReader.Open(directory);
        return reader.NumDocs;
    }
}
