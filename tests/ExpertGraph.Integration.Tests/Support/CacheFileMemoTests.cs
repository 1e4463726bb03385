using ExpertGraph.Query;

namespace ExpertGraph.Integration.Tests.Support;

[TestFixture]
public sealed class CacheFileMemoTests
{
    private string _file = "";

    [SetUp]
    public void CreateFile()
    {
        _file = Path.Combine(Path.GetTempPath(), "memo-" + Guid.NewGuid().ToString("N"));
        File.WriteAllBytes(_file, [1, 2, 3, 4]);
    }

    [TearDown]
    public void DeleteFile() => File.Delete(_file);

    [Test]
    public void TryGet_SameStampAndFile_GivesTheKeptValue()
    {
        var memo = new CacheFileMemo<string>();
        memo.Keep(_file, 7, "facts");

        Assert.That(memo.TryGet(_file, 7), Is.EqualTo("facts"));
    }

    [Test]
    public void TryGet_AnotherStamp_GivesNothing()
    {
        var memo = new CacheFileMemo<string>();
        memo.Keep(_file, 7, "facts");

        Assert.That(memo.TryGet(_file, 8), Is.Null);
    }

    [Test]
    public void TryGet_FileRewrittenSince_GivesNothing()
    {
        var memo = new CacheFileMemo<string>();
        memo.Keep(_file, 7, "facts");

        File.WriteAllBytes(_file, [1, 2, 3]);

        Assert.That(memo.TryGet(_file, 7), Is.Null);
    }

    [Test]
    public void TryGet_FileDeletedSince_GivesNothing()
    {
        var memo = new CacheFileMemo<string>();
        memo.Keep(_file, 7, "facts");

        File.Delete(_file);

        Assert.That(memo.TryGet(_file, 7), Is.Null);
    }

    [Test]
    public void Keep_NoFile_KeepsNothing()
    {
        var memo = new CacheFileMemo<string>();
        File.Delete(_file);

        memo.Keep(_file, 7, "facts");

        Assert.That(memo.TryGet(_file, 7), Is.Null);
    }
}
