using System.Text;
using ExpertGraph.Core.Names;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Core.Tests.Names;

public sealed class HanziPinyinTests
{
    private static readonly Lazy<HanziPinyin> Table = new(() => HanziPinyin.Load(RepositoryPaths.Path("lexicon/hanzi-pinyin.tsv")));

    [TestCase("张", new[] { "zhang" })]
    [TestCase("行", new[] { "xing", "hang", "heng" })]
    [TestCase("曾", new[] { "zeng", "ceng" })]
    [TestCase("ア", new string[0])]
    public void Readings_Character_AsInTable(string hanzi, string[] readings)
    {
        Assert.That(Table.Value.Readings(Rune.GetRuneAt(hanzi, 0)), Is.EqualTo(readings));
    }

    [TestCase("zhang", true)]
    [TestCase("xiaoming", true)]
    [TestCase("ouyang", true)]
    [TestCase("xian", true)]
    [TestCase("lv", true)]
    [TestCase("lue", true)]
    [TestCase("john", false)]
    [TestCase("smith", false)]
    [TestCase("chiu", false)] // Wade-Giles
    [TestCase("mn", false)] // interjection syllables m, n do not count
    [TestCase("", false)]
    public void IsPinyinWord_Word_TrueWhenASequenceOfSyllables(string word, bool expected)
    {
        Assert.That(Table.Value.IsPinyinWord(word), Is.EqualTo(expected));
    }

    [Test]
    public void Load_CharacterListedTwice_ErrorNamesFileAndLine()
    {
        var path = Path.Combine(Path.GetTempPath(), "expertgraph-hanzi-" + Guid.NewGuid().ToString("N") + ".tsv");
        File.WriteAllText(path, "# test\nhanzi\treadings\n张\tzhang\n张\tzhang\n");
        try
        {
            Assert.That(() => HanziPinyin.Load(path), Throws.InstanceOf<ExpertGraph.Core.Model.ExpertGraphException>()
                .With.Message.EqualTo($"{path}:4: '张' is listed twice"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
