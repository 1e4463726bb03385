using ExpertGraph.Core.Names;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Core.Tests.Names;

public sealed class ChineseSurnameReadingsTests
{
    private static readonly Lazy<ChineseSurnameReadings> Surnames =
        new(() => ChineseSurnameReadings.Load(RepositoryPaths.Path("lexicon/surname-pinyin.tsv")));

    // Surname readings CC-CEDICT 2015 does not give the character (it has 覃 only as tan, 种 zhong, 员 yuan, 繁 fan,
    // 黑 hei, 能 neng, 郗 chi, 乜 mie, 郇 xun).
    private static readonly HashSet<string> ReadingsCedictLacks = ["覃", "种", "员", "員", "繁", "黑", "能", "郗", "乜", "郇"];

    [TestCase("单", "shan")]
    [TestCase("單", "shan")]
    [TestCase("曾", "zeng")]
    [TestCase("区", "ou")]
    [TestCase("區", "ou")]
    [TestCase("解", "xie")]
    [TestCase("仇", "qiu")]
    [TestCase("朴", "piao")]
    [TestCase("查", "zha")]
    [TestCase("盖", "ge")]
    [TestCase("乐", "yue")]
    [TestCase("尉迟", "yuchi")]
    [TestCase("万俟", "moqi")]
    [TestCase("長孫", "zhangsun")]
    [TestCase("覃", "qin")]
    [TestCase("缪", "miao")]
    [TestCase("种", "chong")]
    [TestCase("员", "yun")]
    [TestCase("折", "she")]
    [TestCase("召", "shao")]
    [TestCase("繁", "po")]
    [TestCase("翟", "zhai")]
    [TestCase("黑", "he")]
    [TestCase("洗", "xian")]
    [TestCase("秘", "bi")]
    [TestCase("那", "na")]
    [TestCase("纪", "ji")]
    [TestCase("吕", "lu")] // table lv, folded as in keys
    [TestCase("闾丘", "luqiu")]
    public void ReadingOf_PolyphonicSurname_ReadingAsSurname(string surname, string reading)
    {
        Assert.That(Surnames.Value.ReadingOf(surname), Is.EqualTo(reading));
    }

    [Test]
    public void PrecedenceOf_CommonSurnames_ByBearers()
    {
        var order = new[] { "ouyang", "wang", "zhang", "wei", "dongfang" }.Select(pinyin => Surnames.Value.PrecedenceOf(pinyin) ?? 0).ToList();

        Assert.That(order, Is.Ordered.Ascending);
        Assert.That(order, Is.Unique);
        Assert.That(order, Has.All.GreaterThan(0));
        Assert.That(Surnames.Value.PrecedenceOf("xiaoming"), Is.Null);
    }

    [Test]
    public void SurnameTable_EveryReading_IsAReadingOfItsCharactersInHanziPinyin()
    {
        var pinyin = Rows("lexicon/hanzi-pinyin.tsv").ToDictionary(row => row[0], row => row[1].Split('|'), StringComparer.Ordinal);
        var unexplained = Rows("lexicon/surname-pinyin.tsv")
            .Where(row => !ReadingsCedictLacks.Contains(row[0]) && !CanRead(row[0], row[1], pinyin))
            .Select(row => row[0] + " " + row[1]);

        Assert.That(unexplained, Is.Empty);
    }

    [Test]
    public void SurnameTable_TraditionalForms_SimplifyToAListedSurnameWithSameReadingAndPrecedence()
    {
        var simplify = Rows("lexicon/trad-simp.tsv").ToDictionary(row => row[0], row => row[1], StringComparer.Ordinal);
        var rows = Rows("lexicon/surname-pinyin.tsv").ToList();
        var bySurname = rows.ToDictionary(row => row[0], StringComparer.Ordinal);
        // 宁 is simplified (寧 → 宁) though CEDICT also lists it as the traditional form of 㝉: only characters that are
        // never a simplified form make a row traditional.
        var simplifiedForms = simplify.Values.ToHashSet(StringComparer.Ordinal);
        var traditional = rows.Where(row => row[0].Any(c => simplify.ContainsKey(c.ToString()) && !simplifiedForms.Contains(c.ToString()))).ToList();

        Assert.That(traditional, Has.Count.GreaterThan(100));
        Assert.That(traditional.Where(row => !bySurname.TryGetValue(Simplify(row[0], simplify), out var simplified)
                || simplified[1] != row[1] || simplified[2] != row[2]).Select(row => row[0]), Is.Empty);
    }

    private static bool CanRead(string surname, string reading, Dictionary<string, string[]> pinyin)
    {
        if (surname.Length == 0) return reading.Length == 0;
        if (!pinyin.TryGetValue(surname[..1], out var readings)) return false;
        return readings.Any(first => reading.StartsWith(first, StringComparison.Ordinal) && CanRead(surname[1..], reading[first.Length..], pinyin));
    }

    private static string Simplify(string text, Dictionary<string, string> simplify) =>
        string.Concat(text.Select(c => simplify.GetValueOrDefault(c.ToString(), c.ToString())));

    private static IEnumerable<string[]> Rows(string relativePath) =>
        File.ReadLines(RepositoryPaths.Path(relativePath)).Where(line => !line.StartsWith('#')).Skip(1).Select(line => line.Split('\t'));
}
