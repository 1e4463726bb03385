using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Vocabularies;

/// <summary>The committed lexicon/hanzi-pinyin.tsv on its real content; expected values read off CC-CEDICT by hand.</summary>
public sealed class HanziPinyinTableTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Rows = new(() => TableFile.Rows("lexicon/hanzi-pinyin.tsv", "hanzi\treadings"));

    // 張/张 [zhang1] only; 行: xing2 in ~470 entries (行政, 行動, …) against ~120 hang2 (银行, 行业) and a few heng2 (道行);
    // 单: dan1 (单位, 简单, …) before Shan4 (the surname) and chan2 (单于); 曾: zeng1 (surname, great-grand) and ceng2.
    // 儿: er2 only, the erhua r5 being left out; 吕 [Lu:3] as lv; 女 nu:3 before ru3 (汝).
    [TestCase("张", "zhang")]
    [TestCase("張", "zhang")]
    [TestCase("行", "xing|hang|heng")]
    [TestCase("单", "dan|shan|chan")]
    [TestCase("區", "qu|ou")]
    [TestCase("儿", "er")]
    [TestCase("吕", "lv")]
    [TestCase("女", "nv|ru")]
    public void HanziPinyin_Character_ReadingsMostUsedFirst(string hanzi, string readings)
    {
        Assert.That(Rows.Value[hanzi], Is.EqualTo(readings));
    }

    [Test]
    public void HanziPinyin_EveryReading_IsLowerCaseAsciiWithoutTone()
    {
        var readings = Rows.Value.Values.SelectMany(value => value.Split('|')).Distinct().ToList();

        Assert.That(readings, Has.All.Matches<string>(reading => reading.Length > 0 && reading.All(c => c is >= 'a' and <= 'z')));
        // Toneless Mandarin has a little over 400 syllables; CEDICT adds interjections (m, n, hm…), not thousands.
        Assert.That(readings, Has.Count.InRange(390, 440));
        Assert.That(Rows.Value, Has.Count.GreaterThan(13_000));
    }

    [Test]
    public void HanziPinyin_Header_NamesSourceLicenceAndCommand()
    {
        var comments = File.ReadLines(RepositoryPaths.Path("lexicon/hanzi-pinyin.tsv")).TakeWhile(line => line.StartsWith('#')).ToList();

        Assert.That(comments, Has.Some.Contains("CC-CEDICT"));
        Assert.That(comments, Has.Some.Contains("CC BY-SA 3.0"));
        Assert.That(comments, Has.Some.Contains("expertgraph lexicon build"));
    }
}
