using ExpertGraph.Ingestion.Vocabularies;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Vocabularies;

/// <summary>THUOCL and jieba word lists, first lines read off the files by hand.</summary>
public sealed class WordListReaderTests
{
    [Test]
    public void ThuoclRead_ItList_FirstWordWithItsFrequencyDespiteSpacesAroundTheTab()
    {
        var first = ThuoclReader.Read(SharedData.Path("vocabularies/thuocl/THUOCL_IT.txt")).First();

        Assert.That(first, Is.EqualTo(("字符串", 395499L)));
    }

    [Test]
    public void ThuoclRead_MedicalList_EveryLine()
    {
        var words = ThuoclReader.Read(SharedData.Path("vocabularies/thuocl/THUOCL_medical.txt")).ToList();

        Assert.That(words[0], Is.EqualTo(("精神", 606946L)));
        Assert.That(words, Has.Count.EqualTo(18749));
    }

    [Test]
    public void ThuoclSubjectWords_LeaveOutPlaceNames()
    {
        var words = ThuoclReader.SubjectWords(SharedData.Path("vocabularies/thuocl"));

        Assert.That(words, Does.Contain("字符串").And.Contain("精神"));
        Assert.That(words, Does.Not.Contain("广场"), "广场 is a place-name list word (THUOCL_diming)");
    }

    [Test]
    public void JiebaRead_FirstLineAndCount()
    {
        var words = JiebaReader.Read(SharedData.Path("vocabularies/jieba-dict/dict.txt.small")).ToList();

        Assert.That(words[0], Is.EqualTo(("的", 3188252L, "uj")));
        Assert.That(words[^1], Is.EqualTo(("龟板", 10L, "n")));
        Assert.That(words, Has.Count.EqualTo(109750), "109,749 line ends: the last line has none");
    }
}
