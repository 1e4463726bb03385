using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;

namespace ExpertGraph.Ingestion.Tests.Patents;

/// <summary>Applications, one schema each; every expected value was read off the raw file with grep/sed.</summary>
[TestFixture]
public sealed class UsptoPatentReaderApplicationTests
{
    [Test]
    public void Read_ApplicationPapV15_ReturnsPublicationInventorsAndClasses()
    {
        // v1-5-A1_1.xml: doc-number 20010000001, kind-code A1, document-date 20010315, application 09725796;
        // ipc B08B003/00, uspc class 134 subclass 031000; inventors Lawrence A. Clark (Alameda CA US),
        // James L. Priest (Chicago IL US).
        var work = UsptoTestFiles.Single("go-uspto-test-data/application/v1-5-A1_1.xml");

        Assert.That(work.Key, Is.EqualTo(new SourceKey("uspto", "US20010000001A1")));
        Assert.That(work.Title, Is.EqualTo(
            "Solvent mixture for use in a vapor degreaser and method of cleaning an article in a vapor degreaser utilizing said solvent"));
        Assert.That(work.Year, Is.EqualTo(2001));
        Assert.That(work.Identifiers.Select(i => i.Value), Is.EqualTo(new[] { "US20010000001A1", "US09725796" }));
        Assert.That(work.Classifications, Is.EqualTo(new[]
        {
            new ClassificationCode("IPC", "B08B 3/00"),
            new ClassificationCode("USPC", "134/31"),
        }));
        Assert.That(work.Authors.Select(a => a.RawName), Is.EqualTo(new[] { "Lawrence A. Clark", "James L. Priest" }));
        Assert.That(work.Authors[0].Name, Is.EqualTo(new PersonName("Clark", "Lawrence A.", NameScript.Latin)));
        Assert.That(work.Authors[1].Affiliations.Single(), Is.EqualTo(new AffiliationMention("Chicago, IL, US") { City = "Chicago", CountryCode = "US" }));
        Assert.That(work.Abstract, Does.StartWith("The invention provides a solvent mixture comprising n-propyl bromide,"));
    }

    [Test]
    public void Read_ApplicationPapV15WithIsoEntities_ReadsForeignResidences()
    {
        // v1-5-A1_2.xml uses &lgr; &Dgr; &frac15; (ISO 8879 entities of the external DTD) in its text;
        // inventors Wolfgang Ruf, Hans Loser, Ulrich Begemann, Klaus Lehleiter, residence-non-us in DE.
        var work = UsptoTestFiles.Single("go-uspto-test-data/application/v1-5-A1_2.xml");

        Assert.That(work.Key.Id, Is.EqualTo("US20010000002A1"));
        Assert.That(work.Authors.Select(a => a.RawName), Is.EqualTo(new[] { "Wolfgang Ruf", "Hans Loser", "Ulrich Begemann", "Klaus Lehleiter" }));
        Assert.That(work.Authors[0].Affiliations[0].RawText, Is.EqualTo("Herbrachtingen-Bolheim, DE"));
        Assert.That(work.Authors.Select(a => a.Affiliations[0].CountryCode), Is.All.EqualTo("DE"));
    }

    [Test]
    public void Read_ApplicationPapV16_ReadsAssigneeOrganization()
    {
        // pa040101.two.xml (one document despite its name): 20040000002 A1 20040101, "Garment for preventing muscle
        // strain", inventor Scott Hollander of Tarzana CA, assignee organization-name Hill-Rom Services, Inc.
        var work = UsptoTestFiles.Single("patentsview-db-fixtures/xml/pa040101.two.xml");

        Assert.That(work.Key.Id, Is.EqualTo("US20040000002A1"));
        Assert.That(work.Title, Is.EqualTo("Garment for preventing muscle strain"));
        Assert.That(work.Year, Is.EqualTo(2004));
        Assert.That(work.Authors.Select(a => a.RawName), Is.EqualTo(new[] { "Scott Hollander" }));
        Assert.That(work.Organizations.Select(o => o.Organization), Is.EqualTo(new[] { "Hill-Rom Services, Inc." }));
    }

    [Test]
    public void Read_ApplicationV40WithoutXmlDeclaration_ReadsTheDocument()
    {
        // v4-0-A1.xml starts directly with <us-patent-application>: 20050000001 A1 20050106, "Novelty jeans",
        // classification-ipc A41D001/06, national 002227000.
        var work = UsptoTestFiles.Single("go-uspto-test-data/application/v4-0-A1.xml");

        Assert.That(work.Key.Id, Is.EqualTo("US20050000001A1"));
        Assert.That(work.Title, Is.EqualTo("Novelty jeans"));
        Assert.That(work.Year, Is.EqualTo(2005));
        Assert.That(work.Classifications, Is.EqualTo(new[]
        {
            new ClassificationCode("IPC", "A41D 1/06"),
            new ClassificationCode("USPC", "2/227"),
        }));
    }

    [Test]
    public void Read_ApplicationV44_PersonWhoIsApplicantAndInventorIsOneInventor()
    {
        // v4-4-A1.xml: 20210267109 A1 20210902; Daniel O'Keefe of Jefferson Valley NY is us-applicant and inventor.
        var work = UsptoTestFiles.Single("go-uspto-test-data/application/v4-4-A1.xml");

        Assert.That(work.Key.Id, Is.EqualTo("US20210267109A1"));
        Assert.That(work.Title, Is.EqualTo("METHODS AND APPARATUS FOR YARD AND GARDEN DEBRIS COLLECTION"));
        Assert.That(work.Year, Is.EqualTo(2021));
        var inventor = work.Authors.Single();
        Assert.That(inventor.Name, Is.EqualTo(new PersonName("O'Keefe", "Daniel", NameScript.Latin)));
        Assert.That(inventor.Affiliations.Single().RawText, Is.EqualTo("Jefferson Valley, NY, US"));
        Assert.That(work.Organizations, Is.Empty);
    }

    [Test]
    public void Read_ApplicationV45_CorporateApplicantBecomesOrganization()
    {
        // v4-5-A2.xml: 20220160114 A2 20220526, application 17309147; us-applicant orgname BEVIS GEAR INC. (VANCOUVER, CA),
        // inventor Matthew Bevis (Vancouver, CA).
        var work = UsptoTestFiles.Single("go-uspto-test-data/application/v4-5-A2.xml");

        Assert.That(work.Key.Id, Is.EqualTo("US20220160114A2"));
        Assert.That(work.Title, Is.EqualTo("CARRYING CASE WITH PIVOTING HOUSING"));
        Assert.That(work.Year, Is.EqualTo(2022));
        Assert.That(work.Identifiers.Select(i => i.Value), Is.EqualTo(new[] { "US20220160114A2", "US17309147" }));
        Assert.That(work.Authors.Select(a => a.RawName), Is.EqualTo(new[] { "Matthew Bevis" }));
        Assert.That(work.Organizations.Single(), Is.EqualTo(new AffiliationMention("BEVIS GEAR INC., VANCOUVER, CA")
        {
            Organization = "BEVIS GEAR INC.",
            City = "VANCOUVER",
            CountryCode = "CA",
        }));
    }

    [Test]
    public void Read_Application2022_ReturnsSixInventorsInOrder()
    {
        // US20220240351A1-20220728.XML (DTD v4.6): inventors sequence 00..05, all Beijing CN; applicant Beihang University.
        var work = UsptoTestFiles.Single("go-uspto-test-data/application/US20220240351A1-20220728.XML");

        Assert.That(work.Key.Id, Is.EqualTo("US20220240351A1"));
        Assert.That(work.Title, Is.EqualTo("SELF-REGULATING ELECTRIC HEATING FILM AND PREPARATION METHOD AND USE THEREOF"));
        Assert.That(work.Year, Is.EqualTo(2022));
        Assert.That(work.Authors.Select(a => a.Name!.Family + "|" + a.Name.Given), Is.EqualTo(new[]
        {
            "CHEN|Huawei", "ZHU|Yantong", "WANG|Zelinlan", "LIU|Xiaolin", "ZHAO|Zehui", "CHEN|Jichen",
        }));
        Assert.That(work.Authors.Select(a => a.Affiliations[0].City), Is.All.EqualTo("Beijing"));
        Assert.That(work.Authors.Select(a => a.Affiliations[0].CountryCode), Is.All.EqualTo("CN"));
        Assert.That(work.Organizations.Select(o => o.Organization), Is.EqualTo(new[] { "Beihang University" }));
        Assert.That(work.Abstract, Does.StartWith("The present disclosure provides a self-regulating electric heating film"));
    }

    [Test]
    public void Read_Application2022WithRepeatedInventorList_KeepsEachInventorOnce()
    {
        // US20220240350A1-20220728.XML lists RETA, AVUTHU, GILL, GHALIB, SUSSMAN (sequence 00-04) and then the same
        // five again, identical, as sequence 05-09.
        var work = UsptoTestFiles.Single("go-uspto-test-data/application/US20220240350A1-20220728.XML");

        Assert.That(work.Authors.Select(a => a.RawName), Is.EqualTo(new[]
        {
            "Arnoldo RETA", "Sai Guruva AVUTHU", "MaryAlice GILL", "Nabel M. GHALIB", "Mark Edward SUSSMAN",
        }));
        Assert.That(work.Organizations.Select(o => o.Organization), Is.EqualTo(new[] { "JABIL INC." }));
    }
}
