using ExpertGraph.Ingestion.Pipeline;
using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Query;
using ExpertGraph.Query.Maintenance;
using ExpertGraph.Search.Indexing;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Integration.Tests.Maintenance;

/// <summary>
/// rebuild-index and restore replace the index (and the store) by renames; a crash can stop them between any two. Each
/// test leaves the folder as such a crash would, then opens it: the old content or the complete new one is in place,
/// never a mix, and nothing is left behind.
/// </summary>
[TestFixture]
public sealed class DataFolderSwapTests
{
    private TempDataFolder _temp = null!;
    private DataDirectory _data = null!;
    private string _otherIndex = "";
    private IndexStatistics _old = null!;
    private IndexStatistics _new = null!;

    [SetUp]
    public async Task IngestTwoDifferentFolders()
    {
        _temp = new TempDataFolder("eg-swap-");
        _data = new DataDirectory(_temp.Sub("data"));
        var other = new DataDirectory(_temp.Sub("other"));
        await Ingest(_data, "samples/dblp");
        await Ingest(other, "samples/uspto");
        _otherIndex = other.IndexPath;
        _old = IndexStatistics.Read(_data.IndexPath);
        _new = IndexStatistics.Read(other.IndexPath);
        Assert.That(_new, Is.Not.EqualTo(_old), "the two indexes must be told apart");
    }

    [TearDown]
    public void Cleanup() => _temp.Dispose();

    [Test]
    public void Open_HalfBuiltIndexFromACrashedRebuild_KeepsTheOldIndexAndDeletesTheHalf()
    {
        FolderCopy.Copy(_otherIndex, _data.PartialIndexPath);
        File.Delete(Directory.GetFiles(Path.Combine(_data.PartialIndexPath, "works"), "segments_*").Single());

        OpenAndClose();

        Assert.That(IndexStatistics.Read(_data.IndexPath), Is.EqualTo(_old));
        AssertNoLeftovers();
    }

    [Test]
    public void Open_CompleteNewIndexNotYetSwapped_PutsTheNewIndexInPlace()
    {
        FolderCopy.Copy(_otherIndex, _data.NewIndexPath);

        OpenAndClose();

        Assert.That(IndexStatistics.Read(_data.IndexPath), Is.EqualTo(_new));
        AssertNoLeftovers();
    }

    [Test]
    public void Open_OldIndexMovedAsideNewNotYetInPlace_PutsTheNewIndexInPlace()
    {
        FolderCopy.Copy(_otherIndex, _data.NewIndexPath);
        Directory.Move(_data.IndexPath, _data.OldIndexPath);

        OpenAndClose();

        Assert.That(IndexStatistics.Read(_data.IndexPath), Is.EqualTo(_new));
        AssertNoLeftovers();
    }

    [Test]
    public void Open_RestoreStoppedAfterMovingTheStore_MovesTheRestoredIndexInToo()
    {
        Directory.CreateDirectory(_data.RestoredPath);
        FolderCopy.Copy(_otherIndex, Path.Combine(_data.RestoredPath, "index"));

        OpenAndClose();

        Assert.That(IndexStatistics.Read(_data.IndexPath), Is.EqualTo(_new));
        AssertNoLeftovers();
    }

    [Test]
    public void Open_WhileAnotherWriterHoldsTheFolder_LeavesItsWorkInProgressAlone()
    {
        FolderCopy.Copy(_otherIndex, _data.PartialIndexPath);
        using (DataFolderLock.Acquire(_data, "rebuild the index"))
            OpenAndClose();

        Assert.That(Directory.Exists(_data.PartialIndexPath), Is.True, "a running rebuild's index.partial is not a leftover");
        OpenAndClose();
        Assert.That(Directory.Exists(_data.PartialIndexPath), Is.False, "once no writer holds the folder, it is");
    }

    private static async Task Ingest(DataDirectory data, string samples)
    {
        using var workspace = Workspace.Open(data);
        await workspace.IngestAsync([RepositoryPaths.Path(samples)], new IngestionOptions(), null, CancellationToken.None);
    }

    private void OpenAndClose()
    {
        using var workspace = Workspace.Open(_data);
    }

    private void AssertNoLeftovers() =>
        Assert.That(DataFolderLayout.FoldersWithoutCaches(_data.Root), Is.EqualTo(new[] { "index" }));
}
