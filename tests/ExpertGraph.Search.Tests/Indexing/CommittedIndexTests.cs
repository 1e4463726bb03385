using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Search.Indexing;

namespace ExpertGraph.Search.Tests.Indexing;

[TestFixture]
public sealed class CommittedIndexTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("eg-committed-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task TryOpen_FirstCommitStillBeingWritten_WaitsForItInsteadOfFailing()
    {
        // Lucene 4.8 writes segments_1 in place: a reader can find it half-written while the first commit's fsyncs run.
        var committed = Path.Combine(_folder, "committed");
        using (var writer = new LuceneIndexWriter(committed))
        {
            writer.IndexExperts([new PersonProfile(new PersonId(1), "André Berton", ["A. Berton"], ["DaimlerChrysler AG"], "DE")]);
            writer.Commit();
        }

        var inProgress = Path.Combine(_folder, "in-progress");
        Directory.CreateDirectory(inProgress);
        foreach (var file in Directory.GetFiles(Path.Combine(committed, "experts")))
            if (!Path.GetFileName(file).StartsWith("segments", StringComparison.Ordinal)) File.Copy(file, Path.Combine(inProgress, Path.GetFileName(file)));
        var segments = await File.ReadAllBytesAsync(Path.Combine(committed, "experts", "segments_1"));
        await File.WriteAllBytesAsync(Path.Combine(inProgress, "segments_1"), segments[..(segments.Length / 2)]);

        var opening = Task.Run(() => CommittedIndex.TryOpen(inProgress));
        await Task.Delay(300);
        await File.WriteAllBytesAsync(Path.Combine(inProgress, "segments_1"), segments);
        using var index = await opening.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.That(index?.Reader.NumDocs, Is.EqualTo(1));
    }

    [Test]
    public void IndexExperts_PersonLeftWithoutWorks_ItsDocumentGoes()
    {
        var berton = new PersonProfile(new PersonId(1), "André Berton", ["A. Berton"], ["DaimlerChrysler AG"], "DE");
        var folder = Path.Combine(_folder, "index");
        using (var writer = new LuceneIndexWriter(folder))
        {
            writer.IndexExperts([berton, new PersonProfile(new PersonId(2), "Never An Author", [], [], null) { HasWorks = false }]);
            writer.Commit();
            using var first = CommittedIndex.Open(Path.Combine(folder, "experts"), "experts");
            Assert.That(first.Reader.NumDocs, Is.EqualTo(1), "no document for a person without works");

            writer.IndexExperts([berton with { HasWorks = false }]);
            writer.Commit();
        }

        using var index = CommittedIndex.Open(Path.Combine(folder, "experts"), "experts");
        Assert.That(index.Reader.NumDocs, Is.Zero);
    }

    [Test]
    public void TryOpen_NoIndexYet_ReturnsNull()
    {
        Assert.That(CommittedIndex.TryOpen(Path.Combine(_folder, "nothing")), Is.Null);
    }

    [Test]
    public void Open_NoIndexYet_FailsWithAClearError()
    {
        var folder = Path.Combine(_folder, "works");

        Assert.That(() => CommittedIndex.Open(folder, "works"), Throws.TypeOf<ExpertGraphException>().With.Message.EqualTo($"no works index at {folder}: ingest some records first"));
    }
}
