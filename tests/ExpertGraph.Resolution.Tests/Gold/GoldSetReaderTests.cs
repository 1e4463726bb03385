using ExpertGraph.Core.Model;
using ExpertGraph.Resolution.Gold;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Resolution.Tests.Gold;

public class GoldSetReaderTests
{
    [Test]
    public void Read_DisambiguationFolder_EverySetAndTheSkippedOnesWithReasons()
    {
        var sets = GoldSetReader.Read(SharedData.Path("disambiguation"));
        Assert.That(sets.Select(s => s.Name), Is.EqualTo(new[]
        {
            "aminer", "leipzig-er-benchmarks", "medline",
            "patentsview/binette-2022-inventors-benchmark", "patentsview/ens-inventors", "patentsview/harvard-inventors-benchmark",
            "patentsview/israeli-inventors-benchmark", "patentsview/lai-2011-benchmark", "patentsview/patentsview-inventors-benchmark",
            "s2and/dummy", "s2and/qian",
        }));
        var leipzig = sets.Single(s => s.Name == "leipzig-er-benchmarks");
        Assert.That(leipzig.Mentions, Is.Empty);
        Assert.That(leipzig.Notes.Single(), Does.StartWith("not read: record-linkage gold"));
        Assert.That(sets.Single(s => s.Name == "s2and/dummy").Notes.Single(), Does.Contain("unit-test fixture"));
    }

    [TestCase("disambiguation/aminer-na-110names", "aminer")]
    [TestCase("disambiguation/aminer-na-110names/data/Wen Gao.xml", "aminer")]
    [TestCase("disambiguation/s2and-qian-sample/tests/qian", "s2and/qian")]
    [TestCase("disambiguation/s2and-qian-sample/tests/qian/clusters.json", "s2and/qian")]
    [TestCase("disambiguation/patentsview-inventor-benchmarks/lai-2011-benchmark.csv", "patentsview/lai-2011-benchmark")]
    [TestCase("disambiguation/medline-and-pairs-vishnyakova", "medline")]
    [TestCase("disambiguation/medline-and-pairs-vishnyakova/400_pairs_test.csv", "medline")]
    public void Read_FolderOrFile_DetectedByContent(string relative, string expected) =>
        Assert.That(GoldSetReader.Read(SharedData.Path(relative)).Select(s => s.Name), Is.EqualTo(new[] { expected }));

    [Test]
    public void Read_OneAminerFile_OnlyThatName()
    {
        // Wen Gao.xml holds 484 <publication>s (grep -c), the most of any name.
        var set = GoldSetReader.Read(SharedData.Path("disambiguation/aminer-na-110names/data/Wen Gao.xml")).Single();
        Assert.That(set.Mentions, Has.Count.EqualTo(484));
        Assert.That(set.Mentions.Select(m => m.Group).Distinct(), Is.EqualTo(new[] { "Wen Gao" }));
    }

    [Test]
    public void Read_MedlineTestFileAlone_OnlyTestPairs()
    {
        var set = GoldSetReader.Read(SharedData.Path("disambiguation/medline-and-pairs-vishnyakova/400_pairs_test.csv")).Single();
        Assert.That(set.Pairs, Has.Count.EqualTo(399));
        Assert.That(set.Pairs.All(p => p.Test), Is.True);
    }

    [Test]
    public void Read_KnownFolderButNotAGoldFile_ErrorNamesIt()
    {
        var file = SharedData.Path("disambiguation/aminer-na-110names/SOURCE.txt");
        var e = Assert.Throws<UnknownFormatException>(() => GoldSetReader.Read(file));
        Assert.That(e!.Message, Does.StartWith(file + ": not a known format"));
    }

    [Test]
    public void Read_MissingPath_ErrorNamesIt()
    {
        var path = Path.Combine(Path.GetTempPath(), "eg-gold-no-such-" + Guid.NewGuid().ToString("N"));
        var e = Assert.Throws<UnknownFormatException>(() => GoldSetReader.Read(path));
        Assert.That(e!.Message, Does.StartWith(path).And.Contain("no such file or folder"));
    }

    [Test]
    public void Read_FolderWithNoGoldSet_ErrorNamesIt()
    {
        using var folder = new TempGoldFolder();
        folder.Write("notes/readme.txt", "nothing here");
        var e = Assert.Throws<UnknownFormatException>(() => GoldSetReader.Read(folder.Path));
        Assert.That(e!.Message, Does.StartWith(folder.Path).And.Contain("no gold set found"));
    }
}
