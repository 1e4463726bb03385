using ExpertGraph.Ingestion.Patents;

namespace ExpertGraph.Ingestion.Tests.Patents;

/// <summary>Inventor name fields (B721 snm) as the EPO files under records/epo-ep-publication-xml write them.</summary>
[TestFixture]
public sealed class EpoPartyNameTests
{
    [TestCase("Cuadrado, Jean-Claude", "Cuadrado", "Jean-Claude", null)]                       // v1-0-A1-1.xml
    [TestCase("Lloveras Calvo, Juan", "Lloveras Calvo", "Juan", null)]                         // v1-2-A1.xml
    [TestCase("Schmidt, Robert Rudolf, Dr.", "Schmidt", "Robert Rudolf", null)]                // v1-1-A1.xml
    [TestCase("Bibelhausen, Volker, Dipl.-Ing.", "Bibelhausen", "Volker", null)]               // v1-0-A2.xml
    [TestCase("POTREBIC, Peter, J.", "POTREBIC", "Peter J.", null)]                            // v1-1-A2.xml
    [TestCase("THOEN, Christiaan, Arthur, Jacques, Kamiel", "THOEN", "Christiaan Arthur Jacques Kamiel", null)] // v1-4-B2-1.xml
    [TestCase("KOUNO, Kazunori, c/o Matsushita Elec. Industrial Co., Ltd.", "KOUNO", "Kazunori", "Matsushita Elec. Industrial Co., Ltd.")] // v1-3-A1-1.xml
    [TestCase("OHFUCHI, Yoshitaka c/o KABUSHIKI KAISHA YASKAWA DENKI", "OHFUCHI", "Yoshitaka", "KABUSHIKI KAISHA YASKAWA DENKI")] // v1-3-A2.xml
    [TestCase("Ushigome, Masahiro , Nitto Chem. Ind. Co., Ltd.", "Ushigome", "Masahiro", "Nitto Chem. Ind. Co., Ltd.")] // v1-2-B2-1.xml
    [TestCase("MATSUI, Toru, Japan Cash Machine Co., Ltd", "MATSUI", "Toru", "Japan Cash Machine Co., Ltd")] // v1-5-1-B1-1.xml
    [TestCase("KAMITANI Hirotaka", null, "KAMITANI Hirotaka", null)]                           // v1-5-1-A1.xml
    [TestCase("  ", null, null, null)]
    public void Inventor_RealNameFields_SplitIntoNameAndEmployer(string snm, string? family, string? given, string? organization) =>
        Assert.That(EpoPartyName.Inventor(snm, []), Is.EqualTo((family, given, organization)));

    [Test]
    public void Inventor_EmployerWithoutSeparator_IsFoundByTheDocumentsOrganizations()
    {
        // v1-0-B2-1.xml: "KUMADA, Yoshio Taiho Kogyo Co., Ltd." beside the proprietor "TAIHO KOGYO CO., LTD.".
        Assert.That(EpoPartyName.Inventor("KUMADA, Yoshio Taiho Kogyo Co., Ltd.", ["TAIHO KOGYO CO., LTD."]),
            Is.EqualTo(("KUMADA", "Yoshio", "Taiho Kogyo Co., Ltd.")));
        Assert.That(EpoPartyName.Inventor("SMITH, John, Siemens", ["Siemens"]), Is.EqualTo(("SMITH", "John", "Siemens")));
    }
}
