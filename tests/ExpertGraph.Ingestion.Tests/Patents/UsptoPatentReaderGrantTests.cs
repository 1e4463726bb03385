using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;

namespace ExpertGraph.Ingestion.Tests.Patents;

/// <summary>Grants, one schema each; every expected value was read off the raw file with grep/sed.</summary>
[TestFixture]
public sealed class UsptoPatentReaderGrantTests
{
    [Test]
    public void Read_GrantV25Patdoc_ReturnsNumberTitleYearAndApplication()
    {
        // v2-5-B2.xml: B110 06530116, B130 B2, B140 20030311, B210 09782496, B540 "Vacuum cleaner with ...".
        var work = UsptoTestFiles.Single("go-uspto-test-data/grant/v2-5-B2.xml");

        Assert.That(work.Key, Is.EqualTo(new SourceKey("uspto", "US06530116B2")));
        Assert.That(work.Kind, Is.EqualTo(WorkKind.Patent));
        Assert.That(work.Title, Is.EqualTo("Vacuum cleaner with muffled detachable blower exhaust"));
        Assert.That(work.Year, Is.EqualTo(2003));
        Assert.That(work.Language, Is.EqualTo("en"));
        Assert.That(work.Identifiers, Is.EqualTo(new[]
        {
            new WorkIdentifier(IdentifierScheme.PatentNumber, "US06530116B2"),
            new WorkIdentifier(IdentifierScheme.ApplicationNumber, "US09782496"),
        }));
        Assert.That(work.Abstract, Does.StartWith("A vacuum cleaner includes a housing having a housing passage with a passage inlet,"));
    }

    [Test]
    public void Read_GrantV25Patdoc_ReturnsInventorsInOrder()
    {
        // B721 entries: Robert C. Berfield, Jersey Shore PA; Ronald Griffin, Williamsport PA; Craig Seasholtz, Avis PA
        // (no CTRY: PATDOC leaves the country out for US residents).
        var work = UsptoTestFiles.Single("go-uspto-test-data/grant/v2-5-B2.xml");

        Assert.That(work.Authors.Select(a => a.RawName), Is.EqualTo(new[] { "Robert C. Berfield", "Ronald Griffin", "Craig Seasholtz" }));
        Assert.That(work.Authors.Select(a => a.Position), Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(work.Authors.Select(a => a.Role), Is.All.EqualTo(AuthorRole.Inventor));
        Assert.That(work.Authors[0].Name, Is.EqualTo(new PersonName("Berfield", "Robert C.", NameScript.Latin)));
        Assert.That(work.Authors.Select(a => a.Affiliations.Single().City), Is.EqualTo(new[] { "Jersey Shore", "Williamsport", "Avis" }));
        Assert.That(work.Authors[0].Affiliations[0].RawText, Is.EqualTo("Jersey Shore, PA"));
        Assert.That(work.Authors[0].Affiliations[0].CountryCode, Is.EqualTo("US"));
        Assert.That(work.Organizations.Single().Organization, Is.EqualTo("Shop Vac Corporation"));
        Assert.That(work.Organizations.Single().RawText, Is.EqualTo("Shop Vac Corporation, Williamsport, PA"));
    }

    [Test]
    public void Read_GrantV25Patdoc_NormalizesFixedWidthClassifications()
    {
        // B511 "A47L  514", B521 " 15328", B522 " 153276", " 15326", " 15412".
        var work = UsptoTestFiles.Single("go-uspto-test-data/grant/v2-5-B2.xml");

        Assert.That(work.Classifications, Is.EqualTo(new[]
        {
            new ClassificationCode("IPC", "A47L 5/14"),
            new ClassificationCode("USPC", "15/328"),
            new ClassificationCode("USPC", "15/327.6"),
            new ClassificationCode("USPC", "15/326"),
            new ClassificationCode("USPC", "15/412"),
        }));
    }

    [Test]
    public void Read_GrantV25PrettyPrinted_ReadsForeignInventorsWithCountry()
    {
        // v2-5-B1.xml (indented copy): 06334226 B1 20020101, "Faucet support member", three inventors in Fukuoka JP,
        // assignee Toto Ltd.; B511 "E03C 104" lost a pad space, B521 "4675" its left padding.
        var work = UsptoTestFiles.Single("go-uspto-test-data/grant/v2-5-B1.xml");

        Assert.That(work.Key.Id, Is.EqualTo("US06334226B1"));
        Assert.That(work.Title, Is.EqualTo("Faucet support member"));
        Assert.That(work.Year, Is.EqualTo(2002));
        Assert.That(work.Authors.Select(a => a.RawName), Is.EqualTo(new[] { "Osamu Tokunaga", "Hideyuki Hasebe", "Sigemiti Inada" }));
        Assert.That(work.Authors.Select(a => a.Affiliations[0].RawText), Is.All.EqualTo("Fukuoka, JP"));
        Assert.That(work.Authors.Select(a => a.Affiliations[0].CountryCode), Is.All.EqualTo("JP"));
        Assert.That(work.Organizations.Single().Organization, Is.EqualTo("Toto Ltd."));
        Assert.That(work.Classifications.Take(2), Is.EqualTo(new[]
        {
            new ClassificationCode("IPC", "E03C 1/04"),
            new ClassificationCode("USPC", "4/675"),
        }));
    }

    [Test]
    public void Read_DesignGrantV25_KeepsDesignNumberAndSkipsLocarnoClass()
    {
        // v2-5-S1.xml: B110 D0452599, S1; B511 "0101" is Locarno, B521 "D 1106".
        var work = UsptoTestFiles.Single("go-uspto-test-data/grant/v2-5-S1.xml");

        Assert.That(work.Key.Id, Is.EqualTo("USD0452599S1"));
        Assert.That(work.Title, Is.EqualTo("Confection item in the form of a tied braid"));
        Assert.That(work.Classifications, Is.EqualTo(new[] { new ClassificationCode("USPC", "D1/106") }));
        Assert.That(work.Authors.Single().Affiliations.Single().RawText, Is.EqualTo("74193 Schwaigern, DE"));
    }

    [Test]
    public void Read_GrantV40_TakesApplicantInventorsAsInventors()
    {
        // v4-0-B2.xml: 06857133 B2 20050222, application 10141259; applicant app-type="applicant-inventor"
        // David V. Reynolds, Phoenix AZ US; IPC "A41D013/00"; national "  2 16" and "602 62".
        var work = UsptoTestFiles.Single("go-uspto-test-data/grant/v4-0-B2.xml");

        Assert.That(work.Key.Id, Is.EqualTo("US06857133B2"));
        Assert.That(work.Title, Is.EqualTo("Method and apparatus for manufacturing and installing water resistant cover on a limb"));
        Assert.That(work.Year, Is.EqualTo(2005));
        Assert.That(work.Identifiers.Select(i => i.Value), Is.EqualTo(new[] { "US06857133B2", "US10141259" }));
        var inventor = work.Authors.Single();
        Assert.That(inventor.RawName, Is.EqualTo("David V. Reynolds"));
        Assert.That(inventor.Name, Is.EqualTo(new PersonName("Reynolds", "David V.", NameScript.Latin)));
        Assert.That(inventor.Affiliations.Single(), Is.EqualTo(new AffiliationMention("Phoenix, AZ, US") { City = "Phoenix", CountryCode = "US" }));
        Assert.That(work.Classifications, Is.EqualTo(new[]
        {
            new ClassificationCode("IPC", "A41D 13/00"),
            new ClassificationCode("USPC", "2/16"),
            new ClassificationCode("USPC", "602/62"),
        }));
        Assert.That(work.Organizations, Is.Empty);
    }

    [Test]
    public void Read_GrantV45_ReadsInventorsFromUsPartiesAndOneAssignee()
    {
        // v4-5-B1.xml: 09358892 B1 20160607; us-applicant is the assignee company (applicant-authority-category
        // "assignee"), inventor Geoffrey D. Gaither, Nagoya JP; orgname "Toyota Motor Engineering &#x26; Manufacturing ...".
        var work = UsptoTestFiles.Single("go-uspto-test-data/grant/v4-5-B1.xml");

        Assert.That(work.Key.Id, Is.EqualTo("US09358892B1"));
        Assert.That(work.Title, Is.EqualTo("System and method for pre-charging a hybrid vehicle for improving reverse driving performance"));
        Assert.That(work.Year, Is.EqualTo(2016));
        Assert.That(work.Authors.Select(a => a.RawName), Is.EqualTo(new[] { "Geoffrey D. Gaither" }));
        Assert.That(work.Authors[0].Affiliations[0].RawText, Is.EqualTo("Nagoya, JP"));
        var assignee = work.Organizations.Single();
        Assert.That(assignee.Organization, Is.EqualTo("Toyota Motor Engineering & Manufacturing North America, Inc."));
        Assert.That(assignee.City, Is.EqualTo("Erlanger"));
        Assert.That(assignee.CountryCode, Is.EqualTo("US"));
        Assert.That(work.Classifications, Does.Contain(new ClassificationCode("IPC", "B60L 11/18")));
        Assert.That(work.Classifications, Does.Contain(new ClassificationCode("CPC", "B60L 11/1809")));
    }

    [Test]
    public void Read_GrantV45_PersonWhoIsApplicantAndInventorIsOneInventor()
    {
        // v4-5-B2.xml: Yeow Ng of Andover KS is both us-applicant and inventor.
        var work = UsptoTestFiles.Single("go-uspto-test-data/grant/v4-5-B2.xml");

        Assert.That(work.Key.Id, Is.EqualTo("US11147202B2"));
        Assert.That(work.Title, Is.EqualTo("Wheeled hand truck"));
        Assert.That(work.Authors.Select(a => a.RawName), Is.EqualTo(new[] { "Yeow Ng" }));
        Assert.That(work.Organizations, Is.Empty);
        Assert.That(work.Classifications.Where(c => c.Scheme == "CPC").Select(c => c.Code),
            Is.EqualTo(new[] { "A01B 1/243", "B62B 1/12", "B62B 5/06", "B62B 2202/70", "B62B 2206/006" }));
    }
}
