using ExpertGraph.Core.Indexing;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Ingestion.Normalization;
using ExpertGraph.Ingestion.Pipeline;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Ingestion.Resolution;
using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Search.Indexing;
using ExpertGraph.Storage.Sqlite;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Integration.Tests.Pipeline;

/// <summary>The pipeline in process, with the real store and index, on real files.</summary>
[TestFixture]
public sealed class IngestionPipelineTests
{
    private static IngestionPipeline Create(IExpertStore store, IWorkIndexWriter index) => new(
        store, index, new FormatDetector(RecordReaders.CreateDefault()), new WorkNormalizer(new CountryResolver()),
        new ExactKeyAuthorResolver(), TimeProvider.System);

    [Test]
    public async Task RunAsync_MixedRealFolder_EveryFileAccountedForAndCountsAddUp()
    {
        using var temp = new TempDataFolder();
        using var store = SqliteExpertStore.Open(Path.Combine(temp.Root, "store.db"));
        using var index = new LuceneIndexWriter(Path.Combine(temp.Root, "index"));
        var folder = SharedData.Path("records/uspto-patent-xml/go-uspto-test-data");

        var summary = await Create(store, index).RunAsync(InputFiles.Expand([folder]), new IngestionOptions { BatchSize = 7 }, null, CancellationToken.None);

        Assert.That(summary.Files, Has.Count.EqualTo(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count()));
        foreach (var file in summary.Files)
        {
            var c = file.Records;
            Assert.That(c.Read, Is.EqualTo(c.Inserted + c.Updated + c.Unchanged + c.Quarantined + c.Skipped), file.Path);
        }

        // US07057742-20060606.XML is malformed (a </maths> that was never opened): its one document is quarantined.
        Assert.That(summary.Records.Quarantined, Is.EqualTo(1));
        Assert.That(store.GetQuarantine(10).Single().FilePath, Does.EndWith("US07057742-20060606.XML"));
        Assert.That(store.Count().Works, Is.EqualTo(summary.Records.Inserted));
    }

    [Test]
    public void RunAsync_IndexFailsMidway_RunFailsWithThatErrorAndLeavesFilesUnfinished()
    {
        using var temp = new TempDataFolder();
        using var store = SqliteExpertStore.Open(Path.Combine(temp.Root, "store.db"));
        using var index = new FailingIndexWriter(failAfter: 300);
        var input = SharedData.Path("records/dblp-xml-sample/dblp-sample.xml");

        var run = Create(store, index).RunAsync(InputFiles.Expand([input]), new IngestionOptions { BatchSize = 50, ChannelCapacity = 1 }, null, CancellationToken.None);

        Assert.That(async () => await run, Throws.TypeOf<IOException>().With.Message.EqualTo("disk full (test)"));
        Assert.That(store.GetFileCheckpoint(input)?.Status, Is.EqualTo(FileStatus.Started));
    }

    private sealed class FailingIndexWriter(int failAfter) : IWorkIndexWriter
    {
        private int _written;

        public void IndexWork(WorkId id, Work work, IReadOnlyList<PersonId> persons, IReadOnlyList<string> countryCodes)
        {
            if (++_written > failAfter) throw new IOException("disk full (test)");
        }

        public void IndexExperts(IReadOnlyList<PersonProfile> profiles) { }

        public void Commit() { }

        public void Dispose() { }
    }
}
