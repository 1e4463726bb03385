namespace ExpertGraph.Ingestion.Tests.Vocabularies;

/// <summary>The committed lexicon/trad-simp.tsv on its real content; expected values read off CC-CEDICT by hand.</summary>
public sealed class TraditionalSimplifiedTableTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Rows = new(() => TableFile.Rows("lexicon/trad-simp.tsv", "traditional\tsimplified"));

    // 乾: 107 entries write it 干 (乾燥, 餅乾), 15 keep 乾 (乾隆, 乾坤): the majority maps it.
    [TestCase("張", "张")]
    [TestCase("偉", "伟")]
    [TestCase("單", "单")]
    [TestCase("區", "区")]
    [TestCase("歐", "欧")]
    [TestCase("乾", "干")]
    public void TradSimp_TraditionalCharacter_MapsToSimplified(string traditional, string simplified)
    {
        Assert.That(Rows.Value[traditional], Is.EqualTo(simplified));
    }

    // 座 stays 座 in 178 entries (座位) and becomes 坐 in 10; 甚 stays in 31 (甚至) against 9 什; 份 60 against 18 分;
    // 张 and 曾 are simplified already.
    [TestCase("座")]
    [TestCase("甚")]
    [TestCase("份")]
    [TestCase("张")]
    [TestCase("曾")]
    public void TradSimp_CharacterMostlyKeptAsItIs_HasNoRow(string hanzi)
    {
        Assert.That(Rows.Value.ContainsKey(hanzi), Is.False);
    }

    [Test]
    public void TradSimp_EveryRow_MapsOneCharacterToAnother()
    {
        Assert.That(Rows.Value, Has.Count.InRange(3_000, 4_000));
        Assert.That(Rows.Value, Has.All.Matches<KeyValuePair<string, string>>(row => row.Key != row.Value));
    }
}
