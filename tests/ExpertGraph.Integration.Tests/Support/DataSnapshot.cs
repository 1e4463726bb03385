using ExpertGraph.Core.Storage;
using ExpertGraph.Query;
using ExpertGraph.Search.Indexing;

namespace ExpertGraph.Integration.Tests.Support;

/// <summary>Everything a run leaves behind that must not depend on how the run went: row counts and index documents.</summary>
internal sealed record DataSnapshot(StoreCounts Store, IndexStatistics Index)
{
    public static DataSnapshot Take(string dataFolder) => Take(new DataDirectory(dataFolder));

    public static DataSnapshot Take(DataDirectory directory)
    {
        using var workspace = Workspace.Open(directory);
        return new DataSnapshot(workspace.Store.Count(), IndexStatistics.Read(directory.IndexPath));
    }
}
