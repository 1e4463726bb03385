using ExpertGraph.Benchmarks.Synthetic;

namespace ExpertGraph.Benchmarks.Tests.Synthetic;

public sealed class NameSourcesTests
{
    [Test]
    public void Load_FolderWithoutSharedData_NamesEveryMissingSource()
    {
        var empty = GeneratedCorpus.NewTempFolder();
        Directory.CreateDirectory(empty);

        var exception = Assert.Throws<FileNotFoundException>(() => NameSources.Load(empty));

        Assert.That(exception.Message, Does.Contain(Path.Combine(empty, "graphs/csrankings/head-2024-10/csrankings.csv"))
            .And.Contain(Path.Combine(empty, "records/nsfc-china-grants/19_21"))
            .And.Contain(Path.Combine(empty, "vocabularies/cc-cedict/cedict_1_0_ts_utf-8_mdbg.txt.gz"))
            .And.Contain(Path.Combine(empty, "records/dblp-xml-sample/dblp-sample.xml")));
        Assert.That(exception.FileName, Is.EqualTo(Path.Combine(empty, "graphs/csrankings/head-2024-10/csrankings.csv")));
    }

    [Test]
    public void Load_SharedData_ReadsEverySource()
    {
        var root = GeneratedCorpus.DataRoot();

        Assert.That(NameSources.RelativePaths, Has.Count.EqualTo(8));
        Assert.That(NameSources.RelativePaths.Select(path => Path.Combine(root, path)),
            Has.All.Matches<string>(path => File.Exists(path) || Directory.Exists(path)));
        Assert.That(GeneratedCorpus.LoadSources, Throws.Nothing);
    }
}
