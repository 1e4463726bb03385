using System.Text;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Ingestion.Grants;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Ingestion.Tests.Papers;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Grants;

/// <summary>
/// The two NSERC link tables of metaknowledge's tests, fiscal year 1994. Counted with Python's csv module: the
/// co-applicant file has 5,089 rows for 1,307 distinct awards ("Cle"), the partner file 1,562 rows for 861 awards plus
/// one row with an empty Cle (its last line); 180 awards are in both. metaknowledge's test_grantCollection expects
/// 1,989 grants from the two files: 1,307 + 862 − 180, the empty-Cle row counted as one "bad" grant.
/// </summary>
public sealed class NsercGrantReaderTests
{
    private const string CoApplicants = MetaknowledgeGrantFiles.NsercCoApplicants;
    private const string Partners = MetaknowledgeGrantFiles.NsercPartners;

    private static readonly NsercGrantReader Reader = new();

    [TestCase(CoApplicants, 1307, 0)]
    [TestCase(Partners, 861, 1)]
    public void Read_EveryNsercFile_OneRecordPerAward(string relativePath, int awards, int rejected)
    {
        var results = RecordFiles.ReadAll(Reader, SharedData.Path(relativePath));

        Assert.That(results.Count(r => r.Outcome == ReadOutcome.Record), Is.EqualTo(awards));
        Assert.That(results.Count(r => r.Outcome == ReadOutcome.Rejected), Is.EqualTo(rejected));
        Assert.That(results, Has.Count.EqualTo(awards + rejected));
        Assert.That(results.Select(r => r.Position.RecordNumber), Is.EqualTo(Enumerable.Range(1, awards + rejected).Select(n => (long)n)));
        Assert.That(results.Where(r => r.Work is not null).Select(r => r.Work!.Key.Id).Distinct().Count(), Is.EqualTo(awards));
    }

    [Test]
    public void Read_BothFiles_EveryRowIsACoApplicantOrPartnerAndAwardsMatchMetaknowledge()
    {
        var coApplicants = Works(CoApplicants);
        var partners = Works(Partners);

        Assert.That(coApplicants.Sum(w => w.Authors.Count), Is.EqualTo(5089));
        Assert.That(coApplicants.SelectMany(w => w.Authors).Select(a => a.Role).Distinct(), Is.EqualTo(new[] { AuthorRole.CoInvestigator }));
        Assert.That(partners.Sum(w => w.Organizations.Count), Is.EqualTo(1561));
        Assert.That(partners.SelectMany(w => w.Authors), Is.Empty);
        var awardIds = coApplicants.Concat(partners).Select(w => w.Identifiers.Single().Value).ToHashSet(StringComparer.Ordinal);
        // 1,988 award ids, and the partner file's empty-Cle row rejected: metaknowledge's 1,989.
        Assert.That(awardIds, Has.Count.EqualTo(1988));
        Assert.That(coApplicants.Concat(partners).Select(w => w.Year).Distinct(), Is.EqualTo(new int?[] { 1994 }));
    }

    [TestCase(CoApplicants)]
    [TestCase(Partners)]
    public void CanRead_NsercFile_IsTrue(string relativePath)
    {
        var path = SharedData.Path(relativePath);

        Assert.That(Reader.CanRead(RecordFiles.Head(path), Path.GetFileName(path)), Is.True);
    }

    [Test]
    public void CanRead_EveryRecordsFile_ClaimsExactlyTheNsercFiles()
    {
        SharedData.Path("records");
        var wrong = new List<string>();
        foreach (var relative in MetaknowledgeGrantFiles.AllRecords())
        {
            var path = SharedData.Path(relative);
            var isNserc = MetaknowledgeGrantFiles.Nserc.Contains(relative);
            if (Reader.CanRead(RecordFiles.Head(path), Path.GetFileName(path)) != isNserc) wrong.Add(relative);
            if (isNserc && new NsfcGrantReader().CanRead(RecordFiles.Head(path), Path.GetFileName(path))) wrong.Add("nsfc-csv claims " + relative);
        }

        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void Read_CoApplicantFile_FirstAwardsAsReadOffTheFile()
    {
        var results = RecordFiles.ReadAll(Reader, SharedData.Path(CoApplicants));

        // Line 2 (byte 161, after the 161-byte header line): 30187,"Rilett, Laurence",,,,,,,1994
        Assert.That(results[0].Position, Is.EqualTo(new RecordPosition(1, 2, 161)));
        var first = results[0].Work!;
        Assert.Multiple(() =>
        {
            Assert.That(first.Key, Is.EqualTo(new SourceKey("nserc", "30187/co-applicants")));
            Assert.That(first.Kind, Is.EqualTo(WorkKind.Project));
            Assert.That(first.Title, Is.EqualTo("NSERC award 30187 (co-applicants)"));
            Assert.That(first.Year, Is.EqualTo(1994));
            Assert.That(first.Identifiers, Is.EqualTo(new[] { new WorkIdentifier(IdentifierScheme.AwardId, "30187") }));
            Assert.That(first.Organizations, Is.Empty);
            Assert.That(first.Funding, Is.Null);
            Assert.That(first.Authors, Has.Count.EqualTo(1));
            Assert.That(first.Authors[0].RawName, Is.EqualTo("Rilett, Laurence"));
            Assert.That(first.Authors[0].Name, Is.EqualTo(new PersonName("Rilett", "Laurence", NameScript.Latin)));
            Assert.That(first.Authors[0].Role, Is.EqualTo(AuthorRole.CoInvestigator));
            // This export leaves the co-applicants' institution, province and country empty.
            Assert.That(first.Authors[0].Affiliations, Is.Empty);
        });

        // Lines 3–4: award 30206, "Bowen, WDon" (NSERC dropped the punctuation of "W. Don") and "Kerr, Stephen".
        Assert.That(results[1].Work!.Authors.Select(a => (a.Position, a.Name)), Is.EqualTo(new[]
        {
            (0, new PersonName("Bowen", "WDon", NameScript.Latin)),
            (1, new PersonName("Kerr", "Stephen", NameScript.Latin)),
        }));

        // Lines 14–41: award 30285, 28 co-applicants. The shared copy holds U+FFFD where NSERC's Latin-1 file had an accented
        // letter (its bytes are EF BF BD: the letter was lost before the file reached us), and it stays as found.
        var award30285 = results.Single(r => r.Work!.Key.Id == "30285/co-applicants");
        Assert.That(award30285.Position.Line, Is.EqualTo(14));
        Assert.That(award30285.Work!.Authors, Has.Count.EqualTo(28));
        Assert.That(award30285.Work!.Authors[0].Name, Is.EqualTo(new PersonName("Ballivy", "G\uFFFDrard", NameScript.Latin)));
        Assert.That(award30285.Work!.Authors[^1].RawName, Is.EqualTo("Tadros, Gamil"));
    }

    [Test]
    public void Read_CoApplicantFile_AwardInTwoRunsIsOneProject()
    {
        var results = RecordFiles.ReadAll(Reader, SharedData.Path(CoApplicants));

        // Award 43785: lines 4123–4160 (Plett, Calvin … ) then lines 4161–4207 (Aboulhamid, ElMostapha …); 85 rows (grep -c '^43785,').
        var award = results.Single(r => r.Work!.Key.Id == "43785/co-applicants");
        Assert.That(award.Position, Is.EqualTo(new RecordPosition(award.Position.RecordNumber, 4123, 146363)));
        Assert.That(award.Work!.Authors, Has.Count.EqualTo(85));
        Assert.That(award.Work!.Authors[0].RawName, Is.EqualTo("Plett, Calvin"));
        Assert.That(award.Work!.Authors.Select(a => a.RawName), Does.Contain("Aboulhamid, ElMostapha"));
        Assert.That(award.Work!.Authors.Select(a => a.Position), Is.EqualTo(Enumerable.Range(0, 85)));

        // Line 5090, the last: 47523,"Kenchington, Ellen",,,,,,,1994
        Assert.That(results[^1].Work!.Key.Id, Is.EqualTo("47523/co-applicants"));
        Assert.That(results[^1].Position.Line, Is.EqualTo(5090));
        Assert.That(results[^1].Work!.Authors.Single().RawName, Is.EqualTo("Kenchington, Ellen"));
    }

    [Test]
    public void Read_PartnerFile_PartnersAreTheAwardsOrganizations()
    {
        var results = RecordFiles.ReadAll(Reader, SharedData.Path(Partners));

        // Lines 2–9: award 30188, eight partners; line 2 is 30188,9001,Aon Reed Stenhouse Inc.,Alberta,Alberta,CANADA,CANADA,1994.
        Assert.That(results[0].Position, Is.EqualTo(new RecordPosition(1, 2, 128)));
        var first = results[0].Work!;
        Assert.Multiple(() =>
        {
            Assert.That(first.Key, Is.EqualTo(new SourceKey("nserc", "30188/partners")));
            Assert.That(first.Title, Is.EqualTo("NSERC award 30188 (partner organizations)"));
            Assert.That(first.Year, Is.EqualTo(1994));
            Assert.That(first.Identifiers, Is.EqualTo(new[] { new WorkIdentifier(IdentifierScheme.AwardId, "30188") }));
            Assert.That(first.Authors, Is.Empty);
            Assert.That(first.Organizations, Has.Count.EqualTo(8));
            Assert.That(first.Organizations[0], Is.EqualTo(new AffiliationMention("Aon Reed Stenhouse Inc., Alberta, CANADA")
            {
                Organization = "Aon Reed Stenhouse Inc.",
                CountryCode = "CA",
                SourceInstitutionId = "9001",
            }));
            // Line 7: 30188,6158,Lafarge Canada Inc.,Qu\uFFFDbec,… (Québec, its é lost in the shared copy).
            Assert.That(first.Organizations[5].RawText, Is.EqualTo("Lafarge Canada Inc., Qu\uFFFDbec, CANADA"));
        });

        // Line 35: 30307,6587,"MacDonald, Dettwiler and Associates Ltd",British Columbia,… — a quoted comma.
        var award30307 = results.Single(r => r.Work?.Key.Id == "30307/partners").Work!;
        Assert.That(award30307.Organizations.Select(o => o.Organization), Is.EqualTo(new[] { "Queen's University", "MacDonald, Dettwiler and Associates Ltd" }));

        // Line 50: award 30468's fifth partner is in the United States.
        var award30468 = results.Single(r => r.Work?.Key.Id == "30468/partners").Work!;
        Assert.That(award30468.Organizations, Has.Count.EqualTo(12));
        Assert.That(award30468.Organizations[4], Is.EqualTo(new AffiliationMention("Hoffman-LaRoche Inc. (US), New Jersey, UNITED STATES")
        {
            Organization = "Hoffman-LaRoche Inc. (US)",
            CountryCode = "US",
            SourceInstitutionId = "2462",
        }));
    }

    [Test]
    public void Read_PartnerFile_AwardInTwoRunsIsOneProject()
    {
        var results = RecordFiles.ReadAll(Reader, SharedData.Path(Partners));

        // Award 30286: lines 17–23, then 26–30 after two rows of award 30287; 12 partners (grep -c '^30286,').
        var award = results.Single(r => r.Work?.Key.Id == "30286/partners");
        Assert.That(award.Position.Line, Is.EqualTo(17));
        Assert.That(award.Work!.Organizations, Has.Count.EqualTo(12));
        Assert.That(award.Work!.Organizations[0].Organization, Is.EqualTo("Ciment Qu\uFFFDbec inc."));
        Assert.That(award.Work!.Organizations[7].Organization, Is.EqualTo("Master Builders Technologies Ltd"));
    }

    [Test]
    public void Read_PartnerRowWithoutAwardId_IsRejectedWhereItStands()
    {
        var results = RecordFiles.ReadAll(Reader, SharedData.Path(Partners));

        // Line 1563, the last: ",6483,Imperial Oil Ltd,Ontario,Ontario,CANADA,CANADA,1994".
        var rejected = results.Single(r => r.Outcome == ReadOutcome.Rejected);
        Assert.That(rejected, Is.SameAs(results[^1]));
        Assert.That(rejected.Position, Is.EqualTo(new RecordPosition(862, 1563, 119229)));
        Assert.That(rejected.Reason, Is.EqualTo("missing Cle (the NSERC award id)"));
        Assert.That(rejected.RawText, Is.EqualTo(",6483,Imperial Oil Ltd,Ontario,Ontario,CANADA,CANADA,1994"));
    }

    [Test]
    public void Read_Latin1CopyTranscodedToUtf8_ReadsTheAccentedLetters()
    {
        // What NSERC publishes: Windows-1252/Latin-1. Rebuild such a file from the shared copy, giving line 14's lost letter
        // back ("Ballivy, Gérard" — an assumption about the original), and transcode it to UTF-8 as the pipeline does.
        var text = File.ReadAllText(SharedData.Path(CoApplicants), Encoding.UTF8).Replace("Ballivy, G\uFFFDrard", "Ballivy, G\u00E9rard", StringComparison.Ordinal);
        var latin1 = Encoding.Latin1.GetBytes(text);
        Assert.That(latin1, Does.Contain((byte)0xE9));

        using var transcoded = new MemoryStream(Encoding.UTF8.GetBytes(Encoding.Latin1.GetString(latin1)));
        var award30285 = Reader.Read(transcoded, "NSERC_TEST_CO_APPLICANT.csv").Single(r => r.Work?.Key.Id == "30285/co-applicants").Work!;

        Assert.That(award30285.Authors[0].Name, Is.EqualTo(new PersonName("Ballivy", "G\u00E9rard", NameScript.Latin)));
    }

    [Test]
    public void Read_HeaderOfNeitherLayout_ThrowsUnknownFormat()
    {
        // The start of NSERC's awards layout, which this reader does not read.
        using var stream = new MemoryStream("Cle,Name-Nom,FiscalYear-Exercice financier\n30187,\"Rilett, Laurence\",1994\n"u8.ToArray());

        Assert.That(() => Reader.Read(stream, "awards.csv").ToList(), Throws.TypeOf<UnknownFormatException>().With.Message.Contains("neither a 'CoApplicantName' nor a 'PartInstitution' column"));
    }

    [Test]
    public void FormatName_IsNsercCsv() => Assert.That(Reader.FormatName, Is.EqualTo("nserc-csv"));

    private static List<Work> Works(string relativePath) =>
        RecordFiles.ReadAll(Reader, SharedData.Path(relativePath)).Where(r => r.Work is not null).Select(r => r.Work!).ToList();
}
