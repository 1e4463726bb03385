using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Ingestion.Medline;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Tests.Medline;

/// <summary>PubMed/MEDLINE XML: the current PubmedArticleSet layout and the 2016 MedlineCitationSet one, plain and gzipped.</summary>
public sealed class PubmedXmlReaderTests
{
    private readonly PubmedXmlReader reader = new();

    // Counted with grep on the (decompressed) files: grep -c '<PubmedArticle>' gives 1 and 4; in medline16n0902
    // grep -c '<MedlineCitation ' gives 604 and grep -c '<DeleteCitation>' 1 (one block deleting PMID 26432306).
    [TestCase(MedlineFiles.SingleArticle, 1, 0)]
    [TestCase(MedlineFiles.CurrentMedline, 4, 0)]
    [TestCase(MedlineFiles.Medline2016, 604, 1)]
    public void Read_RealFile_ReadsEveryCitationAndSkipsTheDeletions(string file, int works, int skipped)
    {
        var results = MedlineFiles.ReadAll(reader, file);

        Assert.That(results.Where(r => r.Outcome == ReadOutcome.Rejected).Select(r => r.ToString()), Is.Empty);
        Assert.That(results.Count(r => r.Outcome == ReadOutcome.Record), Is.EqualTo(works));
        Assert.That(results.Count(r => r.Outcome == ReadOutcome.Skipped), Is.EqualTo(skipped));
        Assert.That(results.Select(r => r.Position.RecordNumber), Is.EqualTo(Enumerable.Range(1, works + skipped).Select(n => (long)n)));
    }

    [Test]
    public void Read_SingleArticle_MapsTheCitationFields()
    {
        var work = MedlineFiles.ReadAll(reader, MedlineFiles.SingleArticle).Single().Work!;

        Assert.That(work.Key, Is.EqualTo(new SourceKey("pubmed", "29768149")));
        Assert.That(work.Kind, Is.EqualTo(WorkKind.Paper));
        // "…as Needed in Mild Asthma." — MEDLINE's own closing period is not part of the title.
        Assert.That(work.Title, Is.EqualTo("Inhaled Combined Budesonide-Formoterol as Needed in Mild Asthma"));
        Assert.That(work.Year, Is.EqualTo(2018));
        Assert.That(work.Venue, Is.EqualTo("The New England journal of medicine"));
        Assert.That(work.Language, Is.EqualTo("en"));
        Assert.That(work.Identifiers, Is.EqualTo(new[]
        {
            new WorkIdentifier(IdentifierScheme.Pmid, "29768149"),
            new WorkIdentifier(IdentifierScheme.Doi, "10.1056/nejmoa1715274"),
        }));
        // Four labelled AbstractText parts; the first holds "&#946;<sub>2</sub>-agonist" across a line break.
        Assert.That(work.Abstract, Does.StartWith("BACKGROUND: In patients with mild asthma, as-needed use of an inhaled glucocorticoid plus a fast-acting β 2-agonist"));
        Assert.That(work.Abstract, Does.Contain(" METHODS: We conducted a 52-week, double-blind trial"));
        Assert.That(work.Abstract, Does.Contain(" RESULTS: A total of 3849 patients").And.Contain(" CONCLUSIONS: In patients with mild asthma"));
        Assert.That(work.Abstract, Does.EndWith("ClinicalTrials.gov number, NCT02149199 .)."));
        Assert.That(work.Classifications, Has.Count.EqualTo(23));
        Assert.That(work.Classifications[0], Is.EqualTo(new ClassificationCode("MeSH", "D000280", "Administration, Inhalation")));
        Assert.That(work.Classifications[4], Is.EqualTo(new ClassificationCode("MeSH", "D001249", "Asthma")));
        Assert.That(work.Keywords, Is.Empty);
    }

    [Test]
    public void Read_SingleArticle_ReadsTheTenAuthorsInOrderWithSplitNames()
    {
        var authors = MedlineFiles.ReadAll(reader, MedlineFiles.SingleArticle).Single().Work!.Authors;

        Assert.That(authors.Select(a => a.RawName), Is.EqualTo(new[]
        {
            "Paul M O'Byrne", "J Mark FitzGerald", "Eric D Bateman", "Peter J Barnes", "Nanshan Zhong",
            "Christina Keen", "Carin Jorup", "Rosa Lamarca", "Stefan Ivanov", "Helen K Reddel",
        }));
        Assert.That(authors.Select(a => a.Position), Is.EqualTo(Enumerable.Range(1, 10)));
        Assert.That(authors[0].Name, Is.EqualTo(new PersonName("O'Byrne", "Paul M", NameScript.Latin)));
        Assert.That(authors[4].Name, Is.EqualTo(new PersonName("Zhong", "Nanshan", NameScript.Latin)));
        Assert.That(authors[9].Affiliations.Single().RawText, Does.StartWith("From the Firestone Institute for Respiratory Health, St. Joseph's Healthcare")
            .And.EndWith("Woolcock Institute of Medical Research, University of Sydney, Sydney (H.K.R.)."));
        Assert.That(authors.Select(a => a.Email), Is.All.Null);
    }

    [Test]
    public void Read_CurrentMedline_MovesTheEmailOutOfTheAffiliation()
    {
        var work = MedlineFiles.ReadAll(reader, MedlineFiles.CurrentMedline)[0].Work!;

        Assert.That(work.Key.Id, Is.EqualTo("36400559"));
        Assert.That(work.Title, Is.EqualTo("Back Pain: Differential Diagnosis and Management"));
        Assert.That(work.Year, Is.EqualTo(2023));
        Assert.That(work.Venue, Is.EqualTo("Neurologic clinics"));
        Assert.That(work.Keywords, Is.EqualTo(new[] { "Back pain", "Diagnosis", "Management", "Outpatient" }));
        Assert.That(work.Identifiers, Does.Contain(new WorkIdentifier(IdentifierScheme.Doi, "10.1016/j.ncl.2022.07.002")));
        // The abstract without its CopyrightInformation.
        Assert.That(work.Abstract, Does.EndWith("imaging and a specialist referral may be indicated."));
        Assert.That(work.Classifications.Select(c => c.Code), Is.EqualTo(new[] { "D006801", "D017116", "D003937", "D001416", "D000894", "D015928" }));
        Assert.That(work.Authors.Select(a => a.RawName), Is.EqualTo(new[] { "David Gibbs", "Ben G McGahan", "Alexander E Ropper", "David S Xu" }));
        var xu = work.Authors[3];
        // "…Houston, TX 77030, USA. Electronic address: David.xu@osumc.edu."
        Assert.That(xu.Email, Is.EqualTo("david.xu@osumc.edu"));
        Assert.That(xu.Affiliations.Single().RawText, Is.EqualTo(
            "Department of Neurological Surgery, The Ohio State Wexner Medical Center, 410 West 10th Street, Columbus, OH 43210, USA; " +
            "Department of Neurological Surgery, Baylor College of Medicine, 1 Baylor Plaza, Houston, TX 77030, USA."));
    }

    [Test]
    public void Read_CurrentMedline_ReadsOrcidGrantPmcAndSeveralAffiliationsButNotTheReferencesIds()
    {
        var work = MedlineFiles.ReadAll(reader, MedlineFiles.CurrentMedline)[3].Work!;

        Assert.That(work.Key.Id, Is.EqualTo("28786991"));
        Assert.That(work.Title, Is.EqualTo("Yield of community-based tuberculosis targeted testing and treatment in foreign-born populations in the United States: A systematic review"));
        Assert.That(work.Venue, Is.EqualTo("PloS one"));
        // ArticleIdList has pubmed, pmc, doi and pii; the ReferenceList after it lists 100+ cited works' ids.
        Assert.That(work.Identifiers, Is.EqualTo(new[]
        {
            new WorkIdentifier(IdentifierScheme.Pmid, "28786991"),
            new WorkIdentifier(IdentifierScheme.Doi, "10.1371/journal.pone.0180707"),
            new WorkIdentifier(IdentifierScheme.Pmcid, "PMC5546677"),
        }));
        Assert.That(work.Classifications, Does.Contain(new ClassificationCode("Grant", "U38 PS004649", "NCHHSTP CDC HHS")));
        Assert.That(work.Classifications.Where(c => c.Scheme == "MeSH").Select(c => c.Label),
            Is.EqualTo(new[] { "Emigrants and Immigrants", "Humans", "Tuberculosis", "United States" }));
        var first = work.Authors[0];
        Assert.That(first.Name, Is.EqualTo(new PersonName("Malekinejad", "Mohsen", NameScript.Latin)));
        Assert.That(first.Orcid, Is.EqualTo("0000-0002-5721-6764"));
        Assert.That(first.Affiliations.Select(a => a.RawText), Is.EqualTo(new[]
        {
            "Phillip R. Lee Institute for Health Policy Studies, University of California, San Francisco, San Francisco, California, United States of America.",
            "Global Health Sciences, University of California, San Francisco, San Francisco, California, United States of America.",
            "The Consortium for the Assessment of Prevention Economics (CAPE), University of California, San Francisco, San Francisco, California, United States of America.",
        }));
        Assert.That(work.Authors[1].Orcid, Is.Null);
    }

    [Test]
    public void Read_Medline2016_TakesTheYearOfAMedlineDateAndThePmcOfOtherId()
    {
        var work = Find(MedlineFiles.ReadAll(reader, MedlineFiles.Medline2016), "18621939");

        // <PubDate><MedlineDate>2008 Jul-Aug</MedlineDate></PubDate>
        Assert.That(work.Year, Is.EqualTo(2008));
        Assert.That(work.Venue, Is.EqualTo("Psychosomatics"));
        Assert.That(work.Title, Is.EqualTo("Clusters of alcohol use disorders diagnostic criteria and predictors of alcohol use after liver transplantation for alcoholic liver disease"));
        // OtherID Source="NLM": NIHMS724093 (a manuscript id, not kept) and PMC4631030.
        Assert.That(work.Identifiers, Is.EqualTo(new[]
        {
            new WorkIdentifier(IdentifierScheme.Pmid, "18621939"),
            new WorkIdentifier(IdentifierScheme.Doi, "10.1176/appi.psy.49.4.332"),
            new WorkIdentifier(IdentifierScheme.Pmcid, "PMC4631030"),
        }));
        Assert.That(work.Abstract, Does.StartWith("BACKGROUND: Establishing the correct alcohol use disorder diagnosis is clinically relevant"));
        // GrantIDs K23 AA000257, K23 AA0257, R01 DK066266 (listed twice: once per agency spelling, the same code).
        Assert.That(work.Classifications.Where(c => c.Scheme == "Grant").Select(c => c.Code), Is.EqualTo(new[] { "K23 AA000257", "K23 AA0257", "R01 DK066266" }));
        Assert.That(work.Classifications.Count(c => c.Scheme == "MeSH"), Is.EqualTo(15));
    }

    [Test]
    public void Read_Medline2016_LeavesTheCollectiveNameOutOfThePersons()
    {
        var work = Find(MedlineFiles.ReadAll(reader, MedlineFiles.Medline2016), "25345997");

        // 15 Author elements: the first is <CollectiveName>Movement Disorder Group</CollectiveName>.
        Assert.That(work.Authors, Has.Count.EqualTo(14));
        Assert.That(work.Authors[0].RawName, Is.EqualTo("Anne Y Y Chan"));
        Assert.That(work.Authors[0].Position, Is.EqualTo(1));
        Assert.That(work.Authors[0].Affiliations.Single().RawText, Is.EqualTo(
            "Division of Neurology, Department of Medicine and Therapeutics, Prince of Wales Hospital, The Chinese University of Hong Kong, Hong Kong."));
        Assert.That(work.Authors.Select(a => a.RawName), Has.None.Contains("Group"));
        Assert.That(work.Keywords, Is.EqualTo(new[] { "Deep brain stimulation", "Parkinson disease", "Subthalamic nucleus" }));
        Assert.That(work.Identifiers.Select(i => i.Value), Is.EqualTo(new[] { "25345997", "10.12809/hkmj144242", "PMC4691215" }));
    }

    [Test]
    public void Read_Medline2016_ReadsAnOrcidUrlAndTheEmailAfterTheAffiliation()
    {
        var work = Find(MedlineFiles.ReadAll(reader, MedlineFiles.Medline2016), "26423942");

        Assert.That(work.Title, Is.EqualTo("MDA5 Is Critical to Host Defense during Infection with Murine Coronavirus"));
        Assert.That(work.Venue, Is.EqualTo("Journal of virology"));
        Assert.That(work.Authors.Select(a => a.Name!.Family), Is.EqualTo(new[] { "Zalinger", "Elliott", "Rose", "Weiss" }));
        var weiss = work.Authors[3];
        // <Identifier Source="ORCID">http://orcid.org/0000-0002-8155-4528</Identifier>
        Assert.That(weiss.Orcid, Is.EqualTo("0000-0002-8155-4528"));
        // "…Philadelphia, Pennsylvania, USA weisssr@upenn.edu."
        Assert.That(weiss.Email, Is.EqualTo("weisssr@upenn.edu"));
        Assert.That(weiss.Affiliations.Single().RawText, Is.EqualTo("Department of Microbiology, Perelman School of Medicine, University of Pennsylvania, Philadelphia, Pennsylvania, USA"));
        Assert.That(work.Classifications, Is.EqualTo(new[]
        {
            new ClassificationCode("Grant", "R01 AI060021", "NIAID NIH HHS"),
            new ClassificationCode("Grant", "T32 NS007180", "NINDS NIH HHS"),
        }));
        // <OtherID Source="NLM">PMC4665247 [Available on 06/15/16]</OtherID>
        Assert.That(work.Identifiers, Does.Contain(new WorkIdentifier(IdentifierScheme.Pmcid, "PMC4665247")));
    }

    [Test]
    public void Read_Medline2016_UnbracketsATranslatedTitleAndMapsItalian()
    {
        var results = MedlineFiles.ReadAll(reader, MedlineFiles.Medline2016);
        var work = Find(results, "26407462");

        // <ArticleTitle>[Vaccines are drugs].</ArticleTitle>, <VernacularTitle>I vaccini sono farmaci.</VernacularTitle>
        Assert.That(work.Title, Is.EqualTo("Vaccines are drugs"));
        Assert.That(work.Language, Is.EqualTo("it"));
        // grep -c '<Language>ita</Language>' gives 18, '<Language>eng</Language>' 586.
        Assert.That(results.Count(r => r.Work?.Language == "it"), Is.EqualTo(18));
        Assert.That(results.Count(r => r.Work?.Language == "en"), Is.EqualTo(586));
    }

    [Test]
    public void Read_Medline2016_SkipsTheDeleteCitationWithItsPmid()
    {
        var skipped = MedlineFiles.ReadAll(reader, MedlineFiles.Medline2016).Single(r => r.Outcome == ReadOutcome.Skipped);

        // zcat … | grep -n '<DeleteCitation>': line 89980, after the 604 citations.
        Assert.That(skipped.Position.RecordNumber, Is.EqualTo(605));
        Assert.That(skipped.Position.Line, Is.EqualTo(89980));
        Assert.That(skipped.Reason, Does.Contain("DeleteCitation").And.Contain("26432306"));
    }

    private static Work Find(IEnumerable<ReadResult> results, string pmid) =>
        results.Select(r => r.Work).Single(w => w?.Key.Id == pmid)!;
}
