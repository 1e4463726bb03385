using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Core.Tests.Lexicon;

public sealed class TraditionalChineseTableTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("eg-tradsimp-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Load_FileWithCommentsAndHeader_MapsEachPair()
    {
        var path = Write("# generated for a test\n# second comment\ntraditional\tsimplified\n機\t机\n學\t学\n習\t习\n\n");
        var table = TraditionalChineseTable.Load(path);
        Assert.That(table.Count, Is.EqualTo(3));
        Assert.That(LexiconText.Normalize("機器學習", table), Is.EqualTo("机器学习"));
    }

    [Test]
    public void Load_PairOutsideTheBmp_IsSkipped()
    {
        var path = Write("traditional\tsimplified\n𠀀\t丁\n機\t机\n");
        Assert.That(TraditionalChineseTable.Load(path).Count, Is.EqualTo(1));
    }

    [Test]
    public void Load_RowWithoutTab_NamesFileAndLine()
    {
        var path = Write("# comment\ntraditional\tsimplified\n機\t机\n學学\n");
        Assert.That(() => TraditionalChineseTable.Load(path),
            Throws.TypeOf<LexiconFormatException>().With.Message.EqualTo($"{path}:4: expected 2 tab-separated columns, found 1"));
    }

    [Test]
    public void Empty_MapsNothing() => Assert.That(TraditionalChineseTable.Empty.ToSimplified('機'), Is.EqualTo('機'));

    private string Write(string content)
    {
        var path = Path.Combine(_folder, TraditionalChineseTable.FileName);
        File.WriteAllText(path, content);
        return path;
    }
}
