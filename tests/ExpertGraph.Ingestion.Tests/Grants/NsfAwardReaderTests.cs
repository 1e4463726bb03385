using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Ingestion.Grants;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Ingestion.Tests.Papers;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Grants;

public sealed class NsfAwardReaderTests
{
    private const string Folder = MetaknowledgeGrantFiles.NsfFolder;

    private static readonly NsfAwardReader Reader = new();

    /// <summary>
    /// Expected outcomes per file, counted without the reader: `grep -c '&lt;Award&gt;'` is 1 in every file but
    /// twoAwardFile.xml (2); `grep -L AwardID` names noID.xml only; Python's ElementTree parses every file but
    /// badXMLfile.xml ("not well-formed (invalid token): line 4, column 2": its &lt;rootTag lacks the '&gt;').
    /// </summary>
    public static IEnumerable<TestCaseData> EveryFile() =>
        MetaknowledgeGrantFiles.Nsf().Select(file => Path.GetFileName(file) switch
        {
            "twoAwardFile.xml" => new TestCaseData(file, 2, 0),
            "noID.xml" or "badXMLfile.xml" => new TestCaseData(file, 0, 1),
            _ => new TestCaseData(file, 1, 0),
        });

    [TestCaseSource(nameof(EveryFile))]
    public void Read_EveryNsfFile_AccountsForEveryAward(string relativePath, int records, int rejected)
    {
        var results = RecordFiles.ReadAll(Reader, SharedData.Path(relativePath));

        Assert.That(results.Count(r => r.Outcome == ReadOutcome.Record), Is.EqualTo(records));
        Assert.That(results.Count(r => r.Outcome == ReadOutcome.Rejected), Is.EqualTo(rejected));
        Assert.That(results, Has.Count.EqualTo(records + rejected));
        Assert.That(results.Select(r => r.Position.RecordNumber), Is.EqualTo(Enumerable.Range(1, records + rejected).Select(n => (long)n)));
    }

    [Test]
    public void Read_EveryNsfFile_28FilesWith27AwardsAndTwoRejects()
    {
        SharedData.Path(Folder);
        var results = MetaknowledgeGrantFiles.Nsf().SelectMany(file => RecordFiles.ReadAll(Reader, SharedData.Path(file))).ToList();

        // 28 XML files beside source.md. metaknowledge's nsfGrant.py makes 26 grants of them (noID.xml as a "bad" grant); it
        // passes over twoAwardFile.xml (isNSFfile wants exactly one <Award>) and errs on badXMLfile.xml. This reader reads
        // both awards of twoAwardFile.xml and rejects noID.xml and badXMLfile.xml.
        Assert.That(MetaknowledgeGrantFiles.Nsf().Count(), Is.EqualTo(28));
        Assert.That(results.Count(r => r.Outcome == ReadOutcome.Record), Is.EqualTo(27));
        Assert.That(results.Where(r => r.Outcome == ReadOutcome.Record).Select(r => r.Work!.Key.Source).Distinct(), Is.EqualTo(new[] { "nsf" }));
        Assert.That(results.Count(r => r.Outcome == ReadOutcome.Rejected), Is.EqualTo(2));
    }

    [TestCaseSource(typeof(MetaknowledgeGrantFiles), nameof(MetaknowledgeGrantFiles.Nsf))]
    public void CanRead_EveryNsfFile_IsTrue(string relativePath)
    {
        var path = SharedData.Path(relativePath);

        Assert.That(Reader.CanRead(RecordFiles.Head(path), Path.GetFileName(path)), Is.True);
    }

    [Test]
    public void CanRead_EveryRecordsFile_ClaimsExactlyTheNsfFiles()
    {
        SharedData.Path("records");
        var wrong = new List<string>();
        foreach (var relative in MetaknowledgeGrantFiles.AllRecords())
        {
            var path = SharedData.Path(relative);
            var isNsf = relative.StartsWith(Folder + "/", StringComparison.Ordinal) && relative.EndsWith(".xml", StringComparison.Ordinal);
            if (Reader.CanRead(RecordFiles.Head(path), Path.GetFileName(path)) != isNsf) wrong.Add(relative);
        }

        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void Read_1500204_MapsInvestigatorsInstitutionAndOrganization()
    {
        var results = RecordFiles.ReadAll(Reader, SharedData.Path(Folder + "/1500204.xml"));

        Assert.That(results, Has.Count.EqualTo(1));
        Assert.That(results[0].Position, Is.EqualTo(new RecordPosition(1, 4)));
        var work = results[0].Work!;
        var kent = new AffiliationMention("Kent State University, KENT, OH 442420001, United States")
        {
            Organization = "Kent State University",
            City = "KENT",
            CountryCode = "US",
        };
        Assert.Multiple(() =>
        {
            Assert.That(work.Key, Is.EqualTo(new SourceKey("nsf", "1500204")));
            Assert.That(work.Kind, Is.EqualTo(WorkKind.Project));
            Assert.That(work.Title, Is.EqualTo("PFI:AIR - TT: Ultra-fast electro-optical switching of nematic liquid crystals"));
            Assert.That(work.Year, Is.EqualTo(2015));
            Assert.That(work.Funding, Is.EqualTo(new FundingAmount(200000m, "USD")));
            Assert.That(work.Venue, Is.EqualTo("Standard Grant"));
            Assert.That(work.Language, Is.EqualTo("en"));
            Assert.That(work.Identifiers, Is.EqualTo(new[] { new WorkIdentifier(IdentifierScheme.AwardId, "1500204") }));
            Assert.That(work.Organizations, Is.EqualTo(new[] { kent }));
            Assert.That(work.Classifications, Is.EqualTo(new[]
            {
                new ClassificationCode("NSF-Organization", "07070000"),
                new ClassificationCode("NSF-Directorate", "Directorate For Engineering", "Directorate For Engineering"),
                new ClassificationCode("NSF-Division", "Div Of Industrial Innovation & Partnersh", "Div Of Industrial Innovation & Partnersh"),
            }));
            // The file escapes the markup (&lt;br/&gt;): it stays literal for the normalizer to clean.
            Assert.That(work.Abstract, Does.StartWith("This PFI: AIR Technology Translation project focuses on translating two recently discovered effects"));
            Assert.That(work.Abstract, Does.Contain("current industry standard of a few milliseconds.<br/><br/>The NEMOP-based technology brings"));
            Assert.That(work.Abstract, Does.EndWith("through participation in the NSF I-Corps program."));
        });

        // Investigators in file order; the former co-PI stays (she worked on the award); the program officer is not one.
        Assert.That(work.Authors.Select(a => (a.Position, a.RawName, a.Name, a.Role, a.Email)), Is.EqualTo(new[]
        {
            (0, "Oleg Lavrentovich", new PersonName("Lavrentovich", "Oleg", NameScript.Latin), AuthorRole.PrincipalInvestigator, "olavrent@kent.edu"),
            (1, "Sergij Shiyanovskii", new PersonName("Shiyanovskii", "Sergij", NameScript.Latin), AuthorRole.CoInvestigator, "sshiyano@kent.edu"),
            (2, "Suguna Rachakonda", new PersonName("Rachakonda", "Suguna", NameScript.Latin), AuthorRole.CoInvestigator, "srachako@kent.edu"),
            (3, "William Southards", new PersonName("Southards", "William", NameScript.Latin), AuthorRole.CoInvestigator, "wsouthar@kent.edu"),
        }));
        Assert.That(work.Authors.Select(a => a.Affiliations), Is.All.EqualTo(new[] { kent }));
        Assert.That(work.Authors.Select(a => a.RawName), Has.None.EqualTo("Barbara H. Kenny"));
    }

    [Test]
    public void Read_1500218_ProgramElementsAndReferencesAreClassifications()
    {
        var work = RecordFiles.ReadAll(Reader, SharedData.Path(Folder + "/1500218.xml")).Single().Work!;

        Assert.Multiple(() =>
        {
            Assert.That(work.Title, Is.EqualTo("Collaborative Research: Algebra and Algorithms, Structure and Complexity Theory"));
            Assert.That(work.Year, Is.EqualTo(2015));
            Assert.That(work.Funding, Is.EqualTo(new FundingAmount(106881m, "USD")));
            Assert.That(work.Authors.Single().RawName, Is.EqualTo("Clifford Bergman"));
            Assert.That(work.Authors.Single().Role, Is.EqualTo(AuthorRole.PrincipalInvestigator));
            Assert.That(work.Authors.Single().Email, Is.EqualTo("cbergman@iastate.edu"));
            Assert.That(work.Authors.Single().Affiliations.Single().RawText, Is.EqualTo("Iowa State University, AMES, IA 500112207, United States"));
            Assert.That(work.Classifications, Is.EqualTo(new[]
            {
                new ClassificationCode("NSF-Program", "1253", "OFFICE OF MULTIDISCIPLINARY AC"),
                new ClassificationCode("NSF-Program", "1268", "FOUNDATIONS"),
                new ClassificationCode("NSF-Program", "1271", "COMPUTATIONAL MATHEMATICS"),
                new ClassificationCode("NSF-Program", "2878", "SPECIAL PROJECTS - CCF"),
                new ClassificationCode("NSF-ProgramReference", "7433", "CyberInfra Frmwrk 21st (CIF21)"),
                new ClassificationCode("NSF-ProgramReference", "7933", "NUM, SYMBOL, & ALGEBRA COMPUT"),
                new ClassificationCode("NSF-ProgramReference", "9150", "EXP PROG TO STIM COMP RES"),
                new ClassificationCode("NSF-ProgramReference", "9251", "RES EXPER FOR UNDERGRAD-SUPPLT"),
                new ClassificationCode("NSF-ProgramReference", "9263", "COMPUTATIONAL SCIENCE & ENGING"),
                new ClassificationCode("NSF-Organization", "03040000"),
                new ClassificationCode("NSF-Directorate", "Direct For Mathematical & Physical Scien", "Direct For Mathematical & Physical Scien"),
                new ClassificationCode("NSF-Division", "Division Of Mathematical Sciences", "Division Of Mathematical Sciences"),
            }));
        });
    }

    [Test]
    public void Read_1968Award6800077_EmptyAbstractAndEmailAreAbsent()
    {
        var work = RecordFiles.ReadAll(Reader, SharedData.Path(Folder + "/6800077.xml")).Single().Work!;

        Assert.Multiple(() =>
        {
            Assert.That(work.Key, Is.EqualTo(new SourceKey("nsf", "6800077")));
            Assert.That(work.Title, Is.EqualTo("Cytogenetics of Coccid Chromosome Systems and Related Nutritional and Biochemical Studies"));
            Assert.That(work.Year, Is.EqualTo(1968));
            Assert.That(work.Funding, Is.EqualTo(new FundingAmount(99600m, "USD")));
            Assert.That(work.Abstract, Is.Null);
            Assert.That(work.Authors.Single().RawName, Is.EqualTo("Spencer Brown"));
            Assert.That(work.Authors.Single().Name, Is.EqualTo(new PersonName("Brown", "Spencer", NameScript.Latin)));
            Assert.That(work.Authors.Single().Email, Is.Null);
            Assert.That(work.Organizations.Single().Organization, Is.EqualTo("University of California-Berkeley"));
            Assert.That(work.Organizations.Single().RawText, Is.EqualTo("University of California-Berkeley, BERKELEY, CA 947045940, United States"));
        });
    }

    [Test]
    public void Read_HistoricalAward69W3546_NoInvestigatorsNoCodesNoCountry()
    {
        var work = RecordFiles.ReadAll(Reader, SharedData.Path(Folder + "/69W3546.xml")).Single().Work!;

        Assert.Multiple(() =>
        {
            Assert.That(work.Key, Is.EqualTo(new SourceKey("nsf", "69W3546")));
            // Literal, double space included: whitespace is the normalizer's.
            Assert.That(work.Title, Is.EqualTo("Summer Institute in Mathematics for Secondary School  Teachers"));
            Assert.That(work.Year, Is.EqualTo(1969));
            Assert.That(work.Funding, Is.EqualTo(new FundingAmount(33462m, "USD")));
            Assert.That(work.Venue, Is.Null);
            Assert.That(work.Authors, Is.Empty);
            Assert.That(work.Classifications, Is.Empty);
            // No CountryName: the normalizer infers one from the text, the reader states none.
            Assert.That(work.Organizations, Is.EqualTo(new[] { new AffiliationMention("San Jose State University Foundation, CA") { Organization = "San Jose State University Foundation" } }));
        });
    }

    [Test]
    public void Read_6800031_ForeignInstitutionGetsItsStatedCountry()
    {
        var work = RecordFiles.ReadAll(Reader, SharedData.Path(Folder + "/6800031.xml")).Single().Work!;

        Assert.That(work.Organizations, Is.EqualTo(new[]
        {
            new AffiliationMention("University of Bern, Bern, 3007, Switzerland") { Organization = "University of Bern", City = "Bern", CountryCode = "CH" },
        }));
    }

    [Test]
    public void Read_TwoAwardFile_ReadsBothAwardsAtTheirLines()
    {
        var results = RecordFiles.ReadAll(Reader, SharedData.Path(Folder + "/twoAwardFile.xml"));

        Assert.That(results.Select(r => (r.Position, r.Work!.Key.Id)), Is.EqualTo(new[]
        {
            (new RecordPosition(1, 4), "69W3546aaaaaaaaa"),
            (new RecordPosition(2, 57), "69W3sdfghj546"),
        }));
    }

    [Test]
    public void Read_AwardWithoutId_IsRejectedWithItsXml()
    {
        var result = RecordFiles.ReadAll(Reader, SharedData.Path(Folder + "/noID.xml")).Single();

        Assert.That(result.Outcome, Is.EqualTo(ReadOutcome.Rejected));
        Assert.That(result.Position, Is.EqualTo(new RecordPosition(1, 4)));
        Assert.That(result.Reason, Does.StartWith("missing AwardID"));
        Assert.That(result.RawText, Does.Contain("<AwardTitle>Task Order For Partial Support of the Committee on Geography</AwardTitle>"));
    }

    [Test]
    public void Read_BadXmlFile_RejectedWithLineAndPosition()
    {
        var result = RecordFiles.ReadAll(Reader, SharedData.Path(Folder + "/badXMLfile.xml")).Single();

        // Line 3 is "<rootTag" without '>': the parser stops at the '<' of line 4's <Award>, column 3.
        Assert.That(result.Outcome, Is.EqualTo(ReadOutcome.Rejected));
        Assert.That(result.Position, Is.EqualTo(new RecordPosition(1, 4)));
        Assert.That(result.Reason, Does.StartWith("malformed XML at line 4, position 3: "));
        Assert.That(result.Reason, Does.EndWith("the rest of the file is unreadable"));
        Assert.That(result.RawText, Does.Contain("<rootTag\n  <Award>"));
    }

    [Test]
    public void FormatName_IsNsfAwardXml() => Assert.That(Reader.FormatName, Is.EqualTo("nsf-award-xml"));
}
