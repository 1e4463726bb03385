using ExpertGraph.Core.Names;

namespace ExpertGraph.Core.Tests.Names;

public sealed class PersonNameKeysTests
{
    // Loaded from lexicon/ in the test output (copied there by the Core project), the way an application finds it.
    private static readonly Lazy<PersonNameKeys> Keys = new(() => PersonNameKeys.Load());

    [TestCase("张伟")]
    [TestCase("張偉")]
    [TestCase("张 伟")]
    [TestCase("Zhang Wei")]
    [TestCase("Wei Zhang")]
    [TestCase("ZHANG Wei")]
    [TestCase("ZHANG WEI")]
    [TestCase("Zhang, Wei")]
    [TestCase("Wei, Zhang")]
    [TestCase("Zhāng Wěi")]
    [TestCase("zhang wei")]
    public void KeyOf_ZhangWeiWrittenInFull_SameBlockingAndFullKey(string raw)
    {
        Assert.That(Keys.Value.KeyOf(raw), Is.EqualTo(new PersonNameKey("zhang|w", "zhang|wei")));
    }

    [TestCase("ZHANG W.")]
    [TestCase("Zhang, W.")]
    [TestCase("Zhang W")]
    [TestCase("W. Zhang")]
    [TestCase("Zhang, W")]
    public void KeyOf_ZhangWithInitial_SameBlockingKeyAndNoFullKey(string raw)
    {
        Assert.That(Keys.Value.KeyOf(raw), Is.EqualTo(new PersonNameKey("zhang|w", null)));
    }

    // Polyphonic characters read as surnames: 单 is dan in 单位 but Shan as a surname, 曾 ceng/zeng, 区 qu/ou;
    // the given names take each character's most used reading (田 tian, 芳 fang, 国 guo, 藩 fan, 家 jia, 麟 lin).
    [TestCase("单田芳", "shan|t", "shan|tianfang")]
    [TestCase("單田芳", "shan|t", "shan|tianfang")]
    [TestCase("曾国藩", "zeng|g", "zeng|guofan")]
    [TestCase("區家麟", "ou|j", "ou|jialin")]
    [TestCase("区家麟", "ou|j", "ou|jialin")]
    [TestCase("解缙", "xie|j", "xie|jin")]
    [TestCase("仇英", "qiu|y", "qiu|ying")]
    [TestCase("朴正熙", "piao|z", "piao|zhengxi")]
    [TestCase("覃振", "qin|z", "qin|zhen")]
    public void KeyOf_PolyphonicSurnameInHanzi_ReadAsSurname(string raw, string blocking, string full)
    {
        Assert.That(Keys.Value.KeyOf(raw), Is.EqualTo(new PersonNameKey(blocking, full)));
    }

    [TestCase("欧阳修")]
    [TestCase("歐陽修")]
    [TestCase("Ouyang Xiu")]
    [TestCase("Xiu Ouyang")]
    [TestCase("OUYANG Xiu")]
    public void KeyOf_CompoundSurnameOuyang_FamilyIsOuyang(string raw)
    {
        Assert.That(Keys.Value.KeyOf(raw), Is.EqualTo(new PersonNameKey("ouyang|x", "ouyang|xiu")));
    }

    // 钱 qian is also a common surname: 司马 still wins, as compound surnames that are never given names come first.
    [TestCase("司马迁")]
    [TestCase("司馬遷")]
    [TestCase("Sima Qian")]
    [TestCase("Qian Sima")]
    public void KeyOf_CompoundSurnameSima_FamilyIsSima(string raw)
    {
        Assert.That(Keys.Value.KeyOf(raw), Is.EqualTo(new PersonNameKey("sima|q", "sima|qian")));
    }

    [TestCase("张小明")]
    [TestCase("Xiaoming Zhang")]
    [TestCase("Xiao-Ming Zhang")]
    [TestCase("Xiao Ming Zhang")]
    [TestCase("Zhang Xiaoming")]
    [TestCase("Zhang Xiao-Ming")]
    [TestCase("Zhang Xiao Ming")]
    [TestCase("Zhang, Xiao-Ming")]
    [TestCase("ZHANG Xiaoming")]
    public void KeyOf_TwoSyllableGivenNameJoinedHyphenatedOrSpaced_SameFullKey(string raw)
    {
        Assert.That(Keys.Value.KeyOf(raw), Is.EqualTo(new PersonNameKey("zhang|x", "zhang|xiaoming")));
    }

    [TestCase("Zhang, X.-M.")]
    [TestCase("Zhang, X. M.")]
    [TestCase("X. M. Zhang")]
    public void KeyOf_GivenNameAsInitials_BlockingKeyOnly(string raw)
    {
        Assert.That(Keys.Value.KeyOf(raw), Is.EqualTo(new PersonNameKey("zhang|x", null)));
    }

    // 吕 is written Lü, Lu, Lv (pinyin input) or Lyu (passports): keys write ü as u.
    [TestCase("吕小明")]
    [TestCase("Lü Xiaoming")]
    [TestCase("Xiaoming Lv")]
    [TestCase("Xiaoming Lyu")]
    [TestCase("Lǚ Xiǎomíng")]
    public void KeyOf_SurnameWithUmlaut_WrittenAsU(string raw)
    {
        Assert.That(Keys.Value.KeyOf(raw), Is.EqualTo(new PersonNameKey("lu|x", "lu|xiaoming")));
    }

    [TestCase("John Smith", "smith|j", "smith|john")]
    [TestCase("Smith, John", "smith|j", "smith|john")]
    [TestCase("J. Smith", "smith|j", null)]
    [TestCase("Smith JA", "smith|j", null)]
    [TestCase("Jan B. F. van Erp", "van erp|j", "van erp|jan b f")]
    [TestCase("Alfonso Aguirre\u2010Muñoz", "aguirremunoz|a", "aguirremunoz|alfonso")]
    [TestCase("Po-Chan Chiu", "chiu|p", "chiu|pochan")] // Wade-Giles is not pinyin: words stay where the parser put them
    [TestCase("Madonna", "madonna|", null)]
    public void KeyOf_NonPinyinName_FamilyAsParsed(string raw, string blocking, string? full)
    {
        Assert.That(Keys.Value.KeyOf(raw), Is.EqualTo(new PersonNameKey(blocking, full)));
    }

    [TestCase("LI XIAOMING", "li|x", "li|xiaoming")]
    [TestCase("Xiaoming Li", "li|x", "li|xiaoming")]
    [TestCase("李小明", "li|x", "li|xiaoming")]
    [TestCase("ZHANG WEI", "zhang|w", "zhang|wei")]
    [TestCase("QI LI", "li|q", "li|qi")]
    [TestCase("Ilker Işık", "isik|i", "isik|ilker")]
    [TestCase("İLKER IŞIK", "isik|i", "isik|ilker")]
    [SetCulture("tr-TR")]
    public void KeyOf_UnderTurkishCulture_InvariantKeys(string raw, string blocking, string full)
    {
        Assert.That(Keys.Value.KeyOf(raw), Is.EqualTo(new PersonNameKey(blocking, full)));
    }

    [Test]
    public void Load_FolderWithoutTables_ErrorNamesTheFile()
    {
        var folder = Path.Combine(Path.GetTempPath(), "expertgraph-no-lexicon-" + Guid.NewGuid().ToString("N"));

        Assert.That(() => PersonNameKeys.Load(folder),
            Throws.InstanceOf<ExpertGraph.Core.Model.ExpertGraphException>().With.Message.Contains(Path.Combine(folder, "hanzi-pinyin.tsv")));
    }
}
