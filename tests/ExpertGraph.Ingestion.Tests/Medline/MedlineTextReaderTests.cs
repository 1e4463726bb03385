using System.Text;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Ingestion.Medline;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Ingestion.Tests.Papers;

namespace ExpertGraph.Ingestion.Tests.Medline;

/// <summary>The MEDLINE tagged text format, on metaknowledge's medline_test.medline (175 citations of January 2016).</summary>
public sealed class MedlineTextReaderTests
{
    private readonly MedlineTextReader reader = new();

    [Test]
    public void Read_RealFile_ReadsEveryCitation()
    {
        var results = MedlineFiles.ReadAll(reader, MedlineFiles.MedlineText);

        // grep -c '^PMID- ' gives 175; grep -c '^FAU - ' and grep -c '^AU  - ' both 1275, one per author.
        Assert.That(results.Where(r => r.Outcome != ReadOutcome.Record).Select(r => r.ToString()), Is.Empty);
        Assert.That(results, Has.Count.EqualTo(175));
        Assert.That(results.Sum(r => r.Work!.Authors.Count), Is.EqualTo(1275));
        Assert.That(results.Select(r => r.Work!.Key.Id).Distinct().Count(), Is.EqualTo(175));
    }

    [Test]
    public void Read_FirstCitation_MapsItsFieldsAndJoinsContinuationLines()
    {
        var result = MedlineFiles.ReadAll(reader, MedlineFiles.MedlineText)[0];
        var work = result.Work!;

        // The file starts with an empty line: "PMID- 26524502" is line 2, byte 1.
        Assert.That(result.Position, Is.EqualTo(new RecordPosition(1, 2, 1)));
        Assert.That(work.Key, Is.EqualTo(new SourceKey("pubmed", "26524502")));
        Assert.That(work.Title, Is.EqualTo("Bioinformatic survey of ABC transporters in dermatophytes"));
        Assert.That(work.Year, Is.EqualTo(2016));
        Assert.That(work.Venue, Is.EqualTo("Gene"));
        Assert.That(work.Language, Is.EqualTo("en"));
        Assert.That(work.Keywords, Is.EqualTo(new[] { "ABC transporters", "Dermatophytes", "Drug resistance", "Phylogenetics" }));
        Assert.That(work.Identifiers, Is.EqualTo(new[]
        {
            new WorkIdentifier(IdentifierScheme.Pmid, "26524502"),
            new WorkIdentifier(IdentifierScheme.Doi, "10.1016/j.gene.2015.10.064"),
        }));
        Assert.That(work.Abstract, Does.StartWith("ATP binding cassette (ABC) transporters constitute a very large and ubiquitous superfamily of membrane proteins. They are responsible"));
        Assert.That(work.Abstract, Does.EndWith("could lead to novel substrate specificity."));
        Assert.That(work.Authors.Select(a => a.Name), Is.EqualTo(new[]
        {
            new PersonName("Gadzalski", "Marek", NameScript.Latin),
            new PersonName("Ciesielska", "Anita", NameScript.Latin),
            new PersonName("Staczek", "Pawel", NameScript.Latin),
        }));
        Assert.That(work.Authors[0].RawName, Is.EqualTo("Marek Gadzalski"));
        // "…University of Lodz, Poland. Electronic address:\n      mgadzal@biol.uni.lodz.pl."
        Assert.That(work.Authors[0].Email, Is.EqualTo("mgadzal@biol.uni.lodz.pl"));
        Assert.That(work.Authors[0].Affiliations.Single().RawText, Is.EqualTo(
            "Department of Microbial Genetics, Faculty of Biology and Environmental Protection, University of Lodz, Poland."));
        Assert.That(work.Authors[2].Affiliations.Single().RawText, Is.EqualTo(work.Authors[0].Affiliations[0].RawText));
    }

    [Test]
    public void Read_CitationWithTwoAddressesPerAuthor_GivesEachAuthorBoth()
    {
        var work = Find("26761027");

        Assert.That(work.Title, Is.EqualTo("Rhinoviruses and Respiratory Enteroviruses: Not as Simple as ABC"));
        Assert.That(work.Keywords, Has.Count.EqualTo(6));
        Assert.That(work.Authors.Select(a => a.RawName), Is.EqualTo(new[] { "Lena Royston", "Caroline Tapparel" }));
        foreach (var (author, email) in work.Authors.Zip(new[] { "lena.royston@hcuge.ch", "caroline.tapparel@hcuge.ch" }))
        {
            Assert.That(author.Email, Is.EqualTo(email));
            Assert.That(author.Affiliations.Select(a => a.RawText), Is.EqualTo(new[]
            {
                "University of Geneva Faculty of Medicine, 1 Rue Michel-Servet, 1205 Geneva, Switzerland.",
                "Laboratory of Virology, Division of Infectious Diseases, University of Geneva Hospitals, 4 Rue Gabrielle Perret-Gentil, 1211 Geneva 14, Switzerland.",
            }));
        }
    }

    [Test]
    public void Read_CitationWithCollectiveAndGrant_LeavesTheGroupOutAndReadsTheGrantAndPmc()
    {
        var work = Find("26516810");

        Assert.That(work.Title, Is.EqualTo("Adherence to Oral Therapy for Urgency Urinary Incontinence: Results from the Anticholinergic Versus Botox Comparison (ABC) Trial"));
        // "DP  - 2016 Jan-Feb"
        Assert.That(work.Year, Is.EqualTo(2016));
        Assert.That(work.Venue, Is.EqualTo("Female pelvic medicine & reconstructive surgery"));
        // 12 FAU lines, then "CN  - Pelvic Floor Disorders Network".
        Assert.That(work.Authors, Has.Count.EqualTo(12));
        Assert.That(work.Authors[11].Name, Is.EqualTo(new PersonName("Nolen", "Tracy L", NameScript.Latin)));
        Assert.That(work.Authors[2].Name, Is.EqualTo(new PersonName("Jelovsek", "J Eric", NameScript.Latin)));
        // Only the first author has an AD line here.
        Assert.That(work.Authors[0].Affiliations.Single().RawText, Does.StartWith("From the *Department of Obstetrics and Gynecology, Duke University Medical Center, Durham, NC;"));
        Assert.That(work.Authors.Skip(1).SelectMany(a => a.Affiliations), Is.Empty);
        // "GR  - U10 HD041267/HD/NICHD NIH HHS/United States"
        Assert.That(work.Classifications, Is.EqualTo(new[] { new ClassificationCode("Grant", "U10 HD041267", "NICHD NIH HHS") }));
        Assert.That(work.Identifiers, Is.EqualTo(new[]
        {
            new WorkIdentifier(IdentifierScheme.Pmid, "26516810"),
            new WorkIdentifier(IdentifierScheme.Doi, "10.1097/spv.0000000000000215"),
            new WorkIdentifier(IdentifierScheme.Pmcid, "PMC4684726"),
        }));
    }

    [Test]
    public void Read_CitationWithAuid_ReadsTheOrcidAndTheEmailOnTheAddressContinuationLine()
    {
        var author = Find("26433648").Authors.Single();

        Assert.That(author.Name, Is.EqualTo(new PersonName("Oberbeckmann-Winter", "Nicola", NameScript.Latin)));
        // "AUID- ORCID: http://orcid.org/0000-0001-9778-1920"
        Assert.That(author.Orcid, Is.EqualTo("0000-0001-9778-1920"));
        // "AD  - , Tiergartenstrasse 17, 69121, Heidelberg, Germany.\n      nicola.oberbeckmann-winter@springer.com."
        Assert.That(author.Email, Is.EqualTo("nicola.oberbeckmann-winter@springer.com"));
        Assert.That(author.Affiliations.Single().RawText, Is.EqualTo("Tiergartenstrasse 17, 69121, Heidelberg, Germany."));
    }

    [Test]
    public void Read_GermanCitation_MapsUpperCaseLanguageAndKeepsTheEnglishTitle()
    {
        var work = Find("26695847");

        // "LA  - ENG" (this record's own spelling), "TT  - Die transarterielle Embolisation …" the original title.
        Assert.That(work.Language, Is.EqualTo("en"));
        Assert.That(work.Title, Is.EqualTo("Selective arterial Embolisation of Aneurysmal Bone Cysts of the Sacrum: a promising Alternative to Surgery"));
        Assert.That(work.Authors[0].Name, Is.EqualTo(new PersonName("Henrichs", "M P", NameScript.Latin)));
        Assert.That(work.Authors[1].Affiliations.Single().RawText, Is.EqualTo("Department of Clinical Radiology, University Hospital Munster, Germany."));
    }

    [Test]
    public void Read_MeshHeadingsAndAuOnlyAuthors_AreReadFromTheirLines()
    {
        // The real file has no MH lines and a FAU before every AU: a PubMed export of an older citation has both.
        const string record = "PMID- 10000001\nDP  - 1998 Mar\nTI  - [Pain after surgery].\nAU  - Smith JA\nAD  - Dept of Surgery, Leeds, UK.\n" +
                              "AU  - Lee K\nLA  - fre\nMH  - Adult\nMH  - *Pain, Postoperative/drug therapy/*prevention & control\nMH  - Adult\n";

        var work = ReadText(record).Single().Work!;

        Assert.That(work.Title, Is.EqualTo("Pain after surgery"));
        Assert.That(work.Language, Is.EqualTo("fr"));
        Assert.That(work.Year, Is.EqualTo(1998));
        Assert.That(work.Classifications, Is.EqualTo(new[] { new ClassificationCode("MeSH", "Adult"), new ClassificationCode("MeSH", "Pain, Postoperative") }));
        Assert.That(work.Authors.Select(a => (a.RawName, a.Name)), Is.EqualTo(new[] { ("Smith JA", (PersonName?)null), ("Lee K", null) }));
        Assert.That(work.Authors[0].Affiliations.Single().RawText, Is.EqualTo("Dept of Surgery, Leeds, UK."));
        Assert.That(work.Authors[1].Affiliations, Is.Empty);
    }

    [Test]
    public void Read_CopyWithAStrayLineAndACitationWithoutTitle_RejectsBothAndReadsTheRest()
    {
        var text = MedlineFiles.Text(MedlineFiles.MedlineText);
        // Citation 2 (grep -n: PMID 25802386 on line 76): its "PG  - 5-11" (line 87) becomes "PG  = 5-11", neither a field nor a continuation.
        // Citation 3 (PMID 26788838): its TI line is renamed XX, so it has no title.
        text = RecordFiles.ReplaceFirst(text, "PG  - 5-11\n", "PG  = 5-11\n");
        var thirdTitle = text.IndexOf("TI  - The Assessment of Burden of COPD (ABC) Scale", StringComparison.Ordinal);
        text = text[..thirdTitle] + "XX" + text[(thirdTitle + 2)..];

        var results = ReadText(text);

        Assert.That(results, Has.Count.EqualTo(175));
        var rejected = results.Where(r => r.Outcome == ReadOutcome.Rejected).ToList();
        Assert.That(rejected.Select(r => r.Position.RecordNumber), Is.EqualTo(new long[] { 2, 3 }));
        Assert.That(rejected[0].Position.Line, Is.EqualTo(76));
        Assert.That(rejected[0].Reason, Does.StartWith("line 87 is neither").And.Contain("PG  = 5-11"));
        Assert.That(rejected[0].RawText, Does.StartWith("PMID- 25802386\nOWN - NLM"));
        Assert.That(rejected[1].Reason, Is.EqualTo("PMID 26788838: missing TI"));
        Assert.That(results.Count(r => r.Outcome == ReadOutcome.Record), Is.EqualTo(173));
    }

    private Work Find(string pmid) =>
        MedlineFiles.ReadAll(reader, MedlineFiles.MedlineText).Select(r => r.Work).Single(w => w?.Key.Id == pmid)!;

    private List<ReadResult> ReadText(string text)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return reader.Read(stream, "test.medline").ToList();
    }
}
