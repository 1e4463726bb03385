using ExpertGraph.Core.Names;

namespace ExpertGraph.Core.Tests.Names;

public sealed class PersonNameParserTests
{
    // Real names, as written in the shared data (source in the comment), plus the edge cases the rules exist for.
    [TestCase("Koert van Mensvoort", "van Mensvoort", "Koert")] // DBLP
    [TestCase("Aadjan van der Helm", "van der Helm", "Aadjan")] // DBLP
    [TestCase("Jan B. F. van Erp", "van Erp", "Jan B. F.")] // DBLP
    [TestCase("Elena de la Guía", "de la Guía", "Elena")] // DBLP
    [TestCase("Gaetano De Luca", "De Luca", "Gaetano")] // DBLP
    [TestCase("Georg von Wichert", "von Wichert", "Georg")] // DBLP
    [TestCase("Niël J. le Roux", "le Roux", "Niël J.")] // DBLP
    [TestCase("Francisco de A. T. de Carvalho", "de Carvalho", "Francisco de A. T.")] // DBLP
    [TestCase("Maria da Graça Campos Pimentel", "Pimentel", "Maria da Graça Campos")] // DBLP
    [TestCase("J. Hunter Downs III", "Downs", "J. Hunter")] // DBLP
    [TestCase("Jun Wang 0006", "Wang", "Jun")] // DBLP homonym number
    [TestCase("Emmanuel Dubois 0001", "Dubois", "Emmanuel")] // DBLP homonym number
    [TestCase("Yong Ki Lee", "Lee", "Yong Ki")] // DBLP
    [TestCase("Po-Chan Chiu", "Chiu", "Po-Chan")] // DBLP
    [TestCase("P. Jonathon Phillips", "Phillips", "P. Jonathon")] // DBLP
    [TestCase("Gustavo Camps-Valls", "Camps-Valls", "Gustavo")] // DBLP
    [TestCase("C. de Haan", "de Haan", "C.")] // OpenAlex
    [TestCase("E. O. Wilson", "Wilson", "E. O.")] // OpenAlex
    [TestCase("CELIA A. HARVEY", "HARVEY", "CELIA A.")] // OpenAlex raw_author_name, all capitals
    [TestCase("Gordon\u00A0C. Rausser", "Rausser", "Gordon C.")] // OpenAlex raw_author_name, no-break space
    [TestCase("Alfonso Aguirre\u2010Muñoz", "Aguirre\u2010Muñoz", "Alfonso")] // OpenAlex, U+2010 hyphen
    [TestCase("Thomas O. McShane", "McShane", "Thomas O.")] // OpenAlex
    [TestCase("KENNETH JOSEPH WOYCECHOWSKY", "WOYCECHOWSKY", "KENNETH JOSEPH")] // NSFC personText
    [TestCase("Julian Ivan Schroeder", "Schroeder", "Julian Ivan")] // NSFC personText
    [TestCase("johannes Liesche", "Liesche", "johannes")] // NSFC personText
    [TestCase("Wolfgang H. Dubiel", "Dubiel", "Wolfgang H.")] // NSFC personText
    [TestCase("AVUTHU Sai Guruva", "AVUTHU", "Sai Guruva")] // USPTO last-name + first-name
    [TestCase("CHEN Huawei", "CHEN", "Huawei")] // USPTO last-name + first-name
    [TestCase("Edwards, Jr., Timothy", "Edwards", "Timothy")] // USPTO "Edwards, Jr." + "Timothy"
    [TestCase("Hood, III, Charles D.", "Hood", "Charles D.")] // USPTO "Hood, III" + "Charles D."
    [TestCase("Anguera Pros, Jaume", "Anguera Pros", "Jaume")] // USPTO, two-word family name
    [TestCase("Luo, ZQ", "Luo", "ZQ")] // WoS AU
    [TestCase("Luo, Zhiqing", "Luo", "Zhiqing")] // WoS AF
    [TestCase("Zhang J", "Zhang", "J")] // MEDLINE initials
    [TestCase("Smith JA", "Smith", "JA")]
    [TestCase("J. Zhang", "Zhang", "J.")]
    [TestCase("ZHANG Wei", "ZHANG", "Wei")]
    [TestCase("Ludwig van Beethoven", "van Beethoven", "Ludwig")]
    [TestCase("Sammy Davis Jr.", "Davis", "Sammy")]
    [TestCase("van der Berg, Jan", "van der Berg", "Jan")]
    [TestCase("Xiao Da Li", "Li", "Xiao Da")] // a capitalized pinyin syllable is not the particle "da"
    [TestCase("Ahmad bin Ismail", "bin Ismail", "Ahmad")]
    [TestCase("Madonna", "Madonna", "")]
    public void Parse_LatinName_SplitsFamilyAndGiven(string raw, string family, string given)
    {
        var name = PersonNameParser.Parse(raw);

        Assert.That(name, Is.EqualTo(new PersonName(family, given, NameScript.Latin)));
    }

    [TestCase("王威", "王", "威")] // NSFC 19_21/C01/C0106.csv line 2
    [TestCase("任艾明", "任", "艾明")] // NSFC all_search_results.csv line 3
    [TestCase("欧阳轶强", "欧阳", "轶强")] // NSFC
    [TestCase("欧阳波", "欧阳", "波")] // NSFC
    [TestCase("申屠杨萍", "申屠", "杨萍")] // NSFC
    [TestCase("端木德强", "端木", "德强")] // NSFC
    [TestCase("吉乃提汗·马木提", "吉", "乃提汗马木提")] // NSFC: dot removed, characters kept in their order
    [TestCase("艾里西尔•库尔班", "艾", "里西尔库尔班")] // NSFC, U+2022 as the dot
    [TestCase("张伟", "张", "伟")]
    [TestCase("张 伟", "张", "伟")]
    [TestCase("欧阳修", "欧阳", "修")]
    [TestCase("司马光", "司马", "光")]
    [TestCase("諸葛亮", "諸葛", "亮")]
    [TestCase("上官婉儿", "上官", "婉儿")]
    [TestCase("贺兰芳", "贺", "兰芳")] // 贺兰 is left out of the compound list on purpose
    [TestCase("欧阳", "欧", "阳")] // two characters: one-character surname and given name
    public void Parse_HanName_SurnameThenGivenName(string raw, string family, string given)
    {
        var name = PersonNameParser.Parse(raw);

        Assert.That(name, Is.EqualTo(new PersonName(family, given, NameScript.Han)));
    }

    [Test]
    public void Parse_CyrillicName_IsOtherScript()
    {
        var name = PersonNameParser.Parse("Андрей Колмогоров");

        Assert.That(name, Is.EqualTo(new PersonName("Колмогоров", "Андрей", NameScript.Other)));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("0002")]
    public void Parse_NoName_Throws(string raw)
    {
        Assert.That(() => PersonNameParser.Parse(raw), Throws.ArgumentException);
        Assert.That(PersonNameParser.TryParse(raw, out _), Is.False);
    }

    [TestCase("Gérard Cornuéjols", "cornuejols|gerard")] // DBLP (G&eacute;rard Cornu&eacute;jols)
    [TestCase("Guðrún Gísladóttir", "gisladottir|gudrun")] // OpenAlex display_name
    [TestCase("G. Gisladottir", "gisladottir|g")] // OpenAlex raw_author_name of the same person
    [TestCase("Alfonso Aguirre\u2010Muñoz", "aguirremunoz|alfonso")]
    [TestCase("Jan B. F. van Erp", "van erp|jan b f")]
    [TestCase("J.W. Zhang", "zhang|j w")]
    [TestCase("J. W. Zhang", "zhang|j w")]
    [TestCase("ZHANG Wei", "zhang|wei")]
    [TestCase("Wei Zhang", "zhang|wei")]
    [TestCase("Søren O'Brien", "obrien|soren")]
    [TestCase("Hood, III, Charles D.", "hood|charles d")]
    [TestCase("欧阳修", "欧阳|修")]
    [TestCase("Ilker Işık", "isik|ilker")]
    [SetCulture("tr-TR")]
    public void NormalizeKey_UnderTurkishCulture_InvariantFoldedKey(string raw, string key)
    {
        Assert.That(PersonNameParser.NormalizeKey(PersonNameParser.Parse(raw)), Is.EqualTo(key));
    }

    [Test]
    public void NormalizeKey_SamePersonWrittenTwoWays_SameKey()
    {
        var display = PersonNameParser.Parse("Zhiqing Luo");
        var wos = PersonNameParser.Parse("Luo, Zhiqing");

        Assert.That(PersonNameParser.NormalizeKey(display), Is.EqualTo(PersonNameParser.NormalizeKey(wos)));
    }
}
