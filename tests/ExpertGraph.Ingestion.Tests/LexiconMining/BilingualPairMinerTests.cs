using ExpertGraph.Ingestion.Grants;
using ExpertGraph.Ingestion.LexiconMining;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.LexiconMining;

/// <summary>zh–en pairs only where a record aligns them itself: hand-made keyword lists, then real NSFC rows.</summary>
public sealed class BilingualPairMinerTests
{
    [TestCase("囊泡运输(vesicular trafficking)", "囊泡运输", "vesicular trafficking")]
    [TestCase("活性氧（ROS）", "活性氧", "ROS")]
    [TestCase("graphene（石墨烯）", "石墨烯", "graphene")]
    [TestCase("Rab蛋白 (Rab proteins)", "Rab蛋白", "Rab proteins")]
    public void InlinePair_TermWithItsTranslationInParentheses_ThePair(string keyword, string zh, string en)
    {
        Assert.That(BilingualPairMiner.InlinePair(keyword), Is.EqualTo(new BilingualPair(zh, en)));
    }

    [TestCase("石墨烯", TestName = "InlinePair_NoParentheses_Nothing")]
    [TestCase("RNA(ribonucleic acid)", TestName = "InlinePair_BothSidesEnglish_Nothing")]
    [TestCase("核糖(核酸)", TestName = "InlinePair_BothSidesChinese_Nothing")]
    [TestCase("转录后调控（post-transcriptional regulation） 蛋白修饰(protein modification)", TestName = "InlinePair_TwoParenthesesInOneKeyword_Nothing")]
    [TestCase("DNA复制叉(DNA", TestName = "InlinePair_UnclosedParenthesis_Nothing")]
    [TestCase("(graphene)石墨烯", TestName = "InlinePair_ParenthesisNotClosingTheKeyword_Nothing")]
    public void InlinePair_NotAnAlignedPair(string keyword)
    {
        Assert.That(BilingualPairMiner.InlinePair(keyword), Is.Null);
    }

    [Test]
    public void FromKeywords_ChineseHalfThenEnglishHalf_KeywordIPairsWithNPlusI()
    {
        var pairs = BilingualPairMiner.FromKeywords(["石墨烯", "光刻", "机器学习", "graphene", "lithography", "machine learning"]);

        Assert.That(pairs, Is.EqualTo(new[]
        {
            new BilingualPair("石墨烯", "graphene"),
            new BilingualPair("光刻", "lithography"),
            new BilingualPair("机器学习", "machine learning"),
        }));
    }

    [TestCase(new object[] { new[] { "石墨烯", "光刻", "graphene" } }, TestName = "FromKeywords_UnequalHalves_Nothing")]
    [TestCase(new object[] { new[] { "石墨烯", "graphene", "光刻", "lithography" } }, TestName = "FromKeywords_Interleaved_Nothing")]
    [TestCase(new object[] { new[] { "graphene", "lithography", "石墨烯", "光刻" } }, TestName = "FromKeywords_EnglishHalfFirst_Nothing")]
    [TestCase(new object[] { new[] { "ncRNA", "调控" } }, TestName = "FromKeywords_OneOfEach_Nothing")]
    [TestCase(new object[] { new[] { "石墨烯", "Rab7", "graphene", "lithography" } }, TestName = "FromKeywords_LatinWordInTheChineseHalf_Nothing")]
    public void FromKeywords_ListsThatAreNotTwoTranslatedHalves(string[] keywords)
    {
        Assert.That(BilingualPairMiner.FromKeywords(keywords), Is.Empty);
    }

    // Rows of records/nsfc-china-grants/22_23/C07/C0701.csv and 19_21/C01/C0107.csv, keywords as the file has them.
    [TestCase("22_23/C07/C0701.csv", "31900500", new[] { "囊泡运输", "vesicular trafficking" })] // WDR91； 囊泡运输(vesicular trafficking)； Rab7； Retromer复合体
    [TestCase("22_23/C07/C0701.csv", "91954102", new[] { "囊泡转运", "vesicle trafficking", "物理接触", "physical contact" })] // 囊泡转运(vesicle trafficking)； 物理接触(physical contact)； 盐胁迫； 早期内体； 自噬体
    [TestCase("19_21/C01/C0107.csv", "31600132", new string[0])] // 免疫缺陷病毒； Vpx； 泛素连接酶； SAMHD1: gene names, no translations
    public void FromKeywords_RealNsfcProject_ThePairsItsKeywordsGive(string file, string grant, string[] expected)
    {
        var work = ReadNsfcWorks(file).Single(w => w.Key.Id == grant);

        var pairs = BilingualPairMiner.FromKeywords(work.Keywords).SelectMany(p => new[] { p.Zh, p.En });

        Assert.That(pairs, Is.EqualTo(expected));
    }

    private static List<Core.Model.Work> ReadNsfcWorks(string file)
    {
        var path = SharedData.Path("records/nsfc-china-grants/" + file);
        using var stream = System.IO.File.OpenRead(path);
        return [.. new NsfcGrantReader().Read(stream, path).Select(r => r.Work).OfType<Core.Model.Work>()];
    }
}
