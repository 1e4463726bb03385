using System.Diagnostics;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Core.Tests.Storage;

[TestFixture]
public sealed class CacheFilesTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("eg-cache-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void WriteAtomically_LeavesOnlyTheTarget()
    {
        var path = Path.Combine(_folder, "cache.bin");

        CacheFiles.WriteAtomically(path, stream => stream.Write([1, 2, 3]));

        Assert.That(File.ReadAllBytes(path), Is.EqualTo(new byte[] { 1, 2, 3 }));
        Assert.That(Directory.GetFiles(_folder).Select(Path.GetFileName), Is.EqualTo(new[] { "cache.bin" }));
    }

    [Test]
    public void WriteAtomically_RemovesWhatAKilledWriterLeft_KeepsALiveOnes()
    {
        var path = Path.Combine(_folder, "cache.bin");
        // A process that exited (its id is free again, or taken by a process of its own that stays alive below).
        using var exited = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        exited.WaitForExit();
        var dead = Path.Combine(_folder, $"cache.bin.{exited.Id}.1.tmp");
        using var alive = Process.Start(new ProcessStartInfo("sleep", "30") { UseShellExecute = false })!;
        var live = Path.Combine(_folder, $"cache.bin.{alive.Id}.1.tmp");
        var other = Path.Combine(_folder, "other.bin.1.1.tmp");
        foreach (var file in new[] { dead, live, other }) File.WriteAllBytes(file, [9]);
        try
        {
            CacheFiles.WriteAtomically(path, stream => stream.Write([1]));

            Assert.That(File.Exists(dead), Is.False, "a killed writer's temporary file is removed");
            Assert.That(File.Exists(live), Is.True, "a running writer's is not");
            Assert.That(File.Exists(other), Is.True, "another cache's is not this write's business");
        }
        finally
        {
            alive.Kill();
        }
    }
}
