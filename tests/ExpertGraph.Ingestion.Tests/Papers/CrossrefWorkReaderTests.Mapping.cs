using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Papers;

/// <summary>Field-by-field mapping, every expected value read off the files by hand.</summary>
public sealed partial class CrossrefWorkReaderTests
{
    [Test]
    public void Read_ProceedingsArticleWithSubtitleAndFunder_MapsEveryField()
    {
        // Line 21: ACM LAK '17, title ending in '!', a subtitle, five authors of one affiliation, an EC award.
        var work = WorkAtLine(21);

        Assert.Multiple(() =>
        {
            Assert.That(work.Key, Is.EqualTo(new SourceKey("crossref", "10.1145/3027385.3027428")));
            Assert.That(work.Kind, Is.EqualTo(WorkKind.Paper));
            Assert.That(work.Title, Is.EqualTo("Widget, widget as you lead, I am performing well indeed! using results from an exploratory offline study to inform an empirical online study about a learning analytics widget in a collaborative learning environment"));
            Assert.That(work.Year, Is.EqualTo(2017));
            Assert.That(work.Venue, Is.EqualTo("Proceedings of the Seventh International Learning Analytics & Knowledge Conference"));
            Assert.That(work.Language, Is.Null);
            Assert.That(work.CitationCount, Is.EqualTo(11));
            Assert.That(work.Abstract, Is.Null);
            Assert.That(work.Authors.Select(a => (a.Position, a.RawName, a.Name, a.Role)), Is.EqualTo(new[]
            {
                (1, "Maren Scheffel", new PersonName("Scheffel", "Maren", NameScript.Latin), AuthorRole.Author),
                (2, "Hendrik Drachsler", new PersonName("Drachsler", "Hendrik", NameScript.Latin), AuthorRole.Author),
                (3, "Karel Kreijns", new PersonName("Kreijns", "Karel", NameScript.Latin), AuthorRole.Author),
                (4, "Joop de Kraker", new PersonName("de Kraker", "Joop", NameScript.Latin), AuthorRole.Author),
                (5, "Marcus Specht", new PersonName("Specht", "Marcus", NameScript.Latin), AuthorRole.Author),
            }));
            // The affiliation "name" is the whole printed line: no organization is separated from it.
            Assert.That(work.Authors.Select(a => a.Affiliations.Single()), Has.All.EqualTo(new AffiliationMention("Open Universiteit, Heerlen, NL")));
            Assert.That(work.Classifications, Is.EqualTo(new[] { new ClassificationCode("Funder", "European Commission", "European Commission") }));
            Assert.That(work.Identifiers, Is.EqualTo(new[]
            {
                new WorkIdentifier(IdentifierScheme.Doi, "10.1145/3027385.3027428"),
                new WorkIdentifier(IdentifierScheme.AwardId, "619424"),
            }));
        });
    }

    [Test]
    public void Read_JournalArticleWithOrcidsAndRegistryFunders_MapsIdsFundersAndAwards()
    {
        // Line 61: Engineering (Elsevier), three ORCIDs, four funder entries of which two name NSFC with their own awards.
        var work = WorkAtLine(61);

        Assert.Multiple(() =>
        {
            Assert.That(work.Title, Is.EqualTo("Critical Review of Nanomechanical Properties of Calcium (Alumino) Silicate Hydrates: Test Methods, Influencing Factors, and Enhancing Strategies"));
            Assert.That(work.Year, Is.EqualTo(2025));
            Assert.That(work.Venue, Is.EqualTo("Engineering"));
            Assert.That(work.Language, Is.EqualTo("en"));
            Assert.That(work.CitationCount, Is.EqualTo(12));
            Assert.That(work.Authors.Select(a => (a.RawName, a.Orcid)), Is.EqualTo(new (string, string?)[]
            {
                ("Jiawei Wang", "0000-0001-7994-7253"), ("Stuart McElhany", "0000-0001-8725-8861"), ("Zhangli Hu", null),
                ("Jiaping Liu", null), ("Carlo Carraro", null), ("Paulo J.M. Monteiro", null), ("Roya Maboudian", "0000-0002-5121-6560"),
            }));
            Assert.That(work.Authors[5].Name, Is.EqualTo(new PersonName("Monteiro", "Paulo J.M.", NameScript.Latin)));
            Assert.That(work.Authors.SelectMany(a => a.Affiliations), Is.Empty);
            Assert.That(work.Classifications, Is.EqualTo(new[]
            {
                new ClassificationCode("Funder", "10.13039/100000078", "Division of Materials Research"),
                new ClassificationCode("Funder", "10.13039/100000001", "National Science Foundation"),
                new ClassificationCode("Funder", "10.13039/501100001809", "National Natural Science Foundation of China"),
            }));
            Assert.That(work.Identifiers, Is.EqualTo(new[]
            {
                new WorkIdentifier(IdentifierScheme.Doi, "10.1016/j.eng.2025.11.015"),
                new WorkIdentifier(IdentifierScheme.Other, "issn:2095-8099"),
                new WorkIdentifier(IdentifierScheme.AwardId, "1935604"),
                new WorkIdentifier(IdentifierScheme.AwardId, "52293433"),
                new WorkIdentifier(IdentifierScheme.AwardId, "523B2089"),
            }));
        });
    }

    [Test]
    public void Read_AuthorGivenAsOneName_KeepsItUnsplitInItsPlace()
    {
        // Line 247: the third author is {"name": "Sudesiqin"}; the others have given/family (as the journal printed them).
        var work = WorkAtLine(247);

        Assert.That(work.Authors.Select(a => (a.Position, a.RawName, a.Name?.Family)), Is.EqualTo(new (int, string, string?)[]
        {
            (1, "Hirabuki Yoshihiko", "Yoshihiko"), (2, "Kanno Hiroshi", "Hiroshi"), (3, "Sudesiqin", null), (4, "Su Gencheng", "Gencheng"), (5, "Bao Yuhai", "Yuhai"),
        }));
        Assert.That(work.Year, Is.EqualTo(2011));
        Assert.That(work.Venue, Is.EqualTo("Journal of Landscape Ecology"));
        Assert.That(work.Identifiers.Select(i => i.Value), Is.EqualTo(new[] { "10.2478/v10285-012-0032-1", "issn:1803-2427" }));
    }

    [Test]
    public void Read_ArticleWithAcademicEditor_ListsTheEditorAfterTheAuthors()
    {
        // Line 345: PLoS ONE, four authors, "editor": [Thierry Amédée].
        var work = WorkAtLine(345);

        Assert.That(work.Authors.Select(a => (a.Position, a.RawName, a.Role)), Is.EqualTo(new[]
        {
            (1, "Weinan Sun", AuthorRole.Author), (2, "Katie M. Hoffman", AuthorRole.Author), (3, "David C. Holley", AuthorRole.Author),
            (4, "Michael P. Kavanaugh", AuthorRole.Author), (5, "Thierry Amédée", AuthorRole.Editor),
        }));
        Assert.That(work.Authors[4].Name, Is.EqualTo(new PersonName("Amédée", "Thierry", NameScript.Latin)));
        Assert.That((work.Year, work.CitationCount, work.Venue), Is.EqualTo((2011, 5, "PLoS ONE")));
    }

    [Test]
    public void Read_AffiliationWithPlace_SeparatesTheOrganizationAndKeepsTheJatsAbstractLiteral()
    {
        // Line 407: affiliations {"name": "Kuban State Medical University", "place": ["Krasnodar, Russia"]}; the container
        // title has a double space ("Russian Journal of  Stomatology").
        var work = WorkAtLine(407);

        Assert.That(work.Key.Id, Is.EqualTo("10.17116/rosstomat20251801140"));
        Assert.That(work.Authors[0].Affiliations, Is.EqualTo(new[]
        {
            new AffiliationMention("Kuban State Medical University, Krasnodar, Russia") { Organization = "Kuban State Medical University" },
        }));
        Assert.That(work.Authors[1].Affiliations[0].Organization, Is.EqualTo("«Corona» Dental Clinic"));
        Assert.That(work.Authors.Take(3).Select(a => a.Orcid), Is.EqualTo(new[] { "0000-0003-0779-1055", "0009-0001-7755-447X", "0000-0001-7160-2023" }));
        Assert.That(work.Venue, Is.EqualTo("Russian Journal of Stomatology"));
        Assert.That(work.Year, Is.EqualTo(2025));
        Assert.That(work.Abstract, Does.StartWith("<jats:p>The aim is to study the effect of photodynamic therapy"));
    }

    [Test]
    public void Read_BookChapterWithoutIssuedYear_TakesTheYearCreatedAndTheIsbn()
    {
        // Line 1: "issued": {"date-parts": [[null]]}, no "published"; "created" 2007-09-08; ISBN 9781590598160; no authors.
        var work = WorkAtLine(1);

        Assert.That(work.Year, Is.EqualTo(2007));
        Assert.That(work.Title, Is.EqualTo("Widget Mania: Using a GUI Widget Framework"));
        Assert.That(work.Venue, Is.EqualTo("Practical JavaScript™, DOM Scripting, and Ajax Projects"));
        Assert.That(work.Identifiers, Does.Contain(new WorkIdentifier(IdentifierScheme.Isbn, "9781590598160")));
        Assert.That(work.Authors, Is.Empty);
    }

    [Test]
    public void Read_PostedContentWithoutContainer_TakesTheIssuingInstitutionAsVenue()
    {
        // Line 20: a blog post (posted-content) by Egon Willighagen, "institution": [{"name": "Front Matter"}].
        var work = WorkAtLine(20);

        Assert.That(work.Venue, Is.EqualTo("Front Matter"));
        Assert.That(work.Year, Is.EqualTo(2008));
        Assert.That(work.Authors.Single().Orcid, Is.EqualTo("0000-0001-7542-0286"));
        Assert.That(work.Abstract, Does.StartWith("<jats:p>In addition to this Swing-based screenshot"));
    }

    [Test]
    public void Read_RecordReducedToDoiAndTitle_IsStillAWork()
    {
        // Line 325: {"DOI": "10.4061/2010/505436", "title": [...]}, a response reduced with select=DOI,title.
        var work = WorkAtLine(325);

        Assert.That(work.Title, Is.EqualTo("Retroperitoneal Inflammatory Liposarcoma in a Patient with Non-Hodgkin Lymphoma: A Report Highlighting Diagnostic Pitfalls"));
        Assert.That((work.Year, work.Venue, work.Authors.Count), Is.EqualTo(((int?)null, (string?)null, 0)));
    }

    [Test]
    public void Read_ListResponse_MapsItsItems()
    {
        // test_cursor_0.json, items[2]: "Adding Additional Widget Sizes", in "Introducing WidgetKit for iOS" (2020) by Stewart Lynch.
        var work = RecordFiles.ReadAll(reader, SharedData.Path($"{Folder}/raw_responses/test_cursor_0.json"))[2].Work!;

        Assert.That(work.Key, Is.EqualTo(new SourceKey("crossref", "10.1007/978-1-4842-6700-4_5")));
        Assert.That((work.Title, work.Venue, work.Year), Is.EqualTo(("Adding Additional Widget Sizes", "Introducing WidgetKit for iOS", 2020)));
        Assert.That(work.Authors.Single().Name, Is.EqualTo(new PersonName("Lynch", "Stewart", NameScript.Latin)));
        Assert.That(work.Identifiers, Does.Contain(new WorkIdentifier(IdentifierScheme.Isbn, "9781484267004")));
    }

    private Work WorkAtLine(int line)
    {
        var result = RecordFiles.ReadAll(reader, SharedData.Path($"{Folder}/crossref_works_dedup.jsonl")).Single(r => r.Position.Line == line);
        Assert.That(result.Outcome, Is.EqualTo(ReadOutcome.Record), result.Reason);
        return result.Work!;
    }
}
