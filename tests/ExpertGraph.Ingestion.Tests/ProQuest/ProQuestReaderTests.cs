using System.Text;
using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Normalization;
using ExpertGraph.Ingestion.ProQuest;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Ingestion.Tests.WebOfScience;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.ProQuest;

/// <summary>The ProQuest report reader on metaknowledge's real export of 100 dissertations (values read off the file).</summary>
public sealed class ProQuestReaderTests
{
    private const string File = WosFiles.MetaknowledgeTests + "ProQuest_TestFile.testtxt";
    private readonly ProQuestReader _reader = new();

    [Test]
    public void Read_TestFile_ReadsEveryDocumentBlock()
    {
        // `grep -c '^Document [0-9]* of 100'` gives 100; the table of contents before and the BibTeX bibliography after
        // the documents repeat them and are not records.
        var results = WosFiles.Read(_reader, File);

        Assert.That(results.Where(r => r.Outcome != ReadOutcome.Record), Is.Empty);
        Assert.That(results.Select(r => r.Position.RecordNumber), Is.EqualTo(Enumerable.Range(1, 100).Select(n => (long)n)));
        Assert.That(results.Select(r => r.Work!.Key).Distinct().Count(), Is.EqualTo(100));
        Assert.That(results.Select(r => r.Work!.Authors.Count(a => a.Role == AuthorRole.Author)), Is.All.EqualTo(1));
        Assert.That(results.Count(r => r.Work!.Authors.Any(a => a.Role == AuthorRole.CommitteeMember)), Is.EqualTo(80));
    }

    [Test]
    public void CanRead_TestFile_IsTrueAndNoOtherReaderClaimsIt()
    {
        var path = SharedData.Path(File);
        var head = WosFiles.Head(path);

        Assert.That(_reader.CanRead(head, "ProQuest_TestFile.testtxt"), Is.True);
        Assert.That(RecordReaders.CreateDefault().Where(r => r.CanRead(head, "ProQuest_TestFile.testtxt")).Select(r => r.FormatName), Is.EqualTo(new[] { "proquest-text" }));
    }

    [TestCaseSource(typeof(WosFiles), nameof(WosFiles.AllRecordFiles))]
    public void CanRead_EveryRecordsFile_OnlyTheProQuestExport(string relativePath)
    {
        var path = SharedData.Path(relativePath);

        Assert.That(_reader.CanRead(WosFiles.Head(path), Path.GetFileName(path)), Is.EqualTo(relativePath == File));
    }

    [Test]
    public void Read_Document1_MapsEveryField()
    {
        var result = WosFiles.Read(_reader, File)[0];

        Assert.That(result.Position, Is.EqualTo(new RecordPosition(1, 218, 8802)));
        var work = result.Work!;
        Assert.Multiple(() =>
        {
            Assert.That(work.Key, Is.EqualTo(new SourceKey("proquest", "1548716365")));
            Assert.That(work.Kind, Is.EqualTo(WorkKind.Paper));
            Assert.That(work.Title, Is.EqualTo("Entrenchment and the Kripke-Wittgenstein paradox"));
            Assert.That(work.Abstract, Does.StartWith("Surprisingly little attention has been paid to Goodman's own entrenchment-based solution"));
            Assert.That(work.Year, Is.EqualTo(2014));
            Assert.That(work.Venue, Is.EqualTo("ProQuest Dissertations & Theses Global"));
            Assert.That(work.Language, Is.EqualTo("en"));
            Assert.That(work.Identifiers, Is.EqualTo(new[] { new WorkIdentifier(IdentifierScheme.Isbn, "9781303940095") }));
            Assert.That(work.Keywords, Is.EqualTo(new[]
            {
                "Philosophy, religion and theology", "Entrenchment", "Goodman", "Induction", "Kripke-Wittgenstein paradox", "New riddle of induction",
            }));
            Assert.That(work.Classifications, Is.EqualTo(new[]
            {
                new ClassificationCode("ProQuest", "0402", "Philosophy of Science"), new ClassificationCode("ProQuest", "0422", "Philosophy"),
            }));
        });

        // Author: Dorst, Chris; Advisor: Lange, Marc; Committee member: Kotzen, Matt, Roberts, John.
        Assert.That(work.Authors.Select(a => (a.Position, a.RawName, a.Name!.Family, a.Name.Given, a.Role)), Is.EqualTo(new[]
        {
            (1, "Dorst, Chris", "Dorst", "Chris", AuthorRole.Author),
            (2, "Lange, Marc", "Lange", "Marc", AuthorRole.Advisor),
            (3, "Kotzen, Matt", "Kotzen", "Matt", AuthorRole.CommitteeMember),
            (4, "Roberts, John", "Roberts", "John", AuthorRole.CommitteeMember),
        }));
        var affiliation = work.Authors[0].Affiliations.Single();
        Assert.That(affiliation.RawText, Is.EqualTo("Philosophy, The University of North Carolina at Chapel Hill, United States -- North Carolina"));
        Assert.That(affiliation.Organization, Is.EqualTo("The University of North Carolina at Chapel Hill"));
        Assert.That(work.Authors.Skip(1).SelectMany(a => a.Affiliations), Is.Empty);
    }

    [Test]
    public void Read_Document8_TwoAdvisorsInOneField()
    {
        // Advisor: Hayles, N. Katherine, Kruse, Mark C.; Committee member: Lenoir, Timothy, Hansen, Mark, Janiak, Andrew.
        var work = WosFiles.Read(_reader, File)[7].Work!;

        Assert.That(work.Key.Id, Is.EqualTo("1611964028"));
        Assert.That(work.Authors.Select(a => (a.RawName, a.Role)), Is.EqualTo(new[]
        {
            ("Lee, Clarissa Ai Ling", AuthorRole.Author),
            ("Hayles, N. Katherine", AuthorRole.Advisor),
            ("Kruse, Mark C.", AuthorRole.Advisor),
            ("Lenoir, Timothy", AuthorRole.CommitteeMember),
            ("Hansen, Mark", AuthorRole.CommitteeMember),
            ("Janiak, Andrew", AuthorRole.CommitteeMember),
        }));
        Assert.That(work.Classifications.Select(c => c.Code), Is.EqualTo(new[] { "0402", "0605", "0798" }));
    }

    [Test]
    public void Read_Document74_SuffixStaysWithItsName()
    {
        var work = WosFiles.Read(_reader, File)[73].Work!;

        Assert.That(work.Authors[0].RawName, Is.EqualTo("Flakes, Johnny H., III"));
        Assert.That((work.Authors[0].Name!.Family, work.Authors[0].Name!.Given), Is.EqualTo(("Flakes", "Johnny H.")));
    }

    [Test]
    public void Normalize_UniversityLocation_GivesTheCountry()
    {
        var normalizer = new WorkNormalizer(new CountryResolver());
        var countries = WosFiles.Read(_reader, File)
            .Select(r => normalizer.Normalize(r.Work!, out _)!.Authors[0].Affiliations.Single().CountryCode)
            .ToList();

        // `grep -c '^University location: United States'` 93, `… Canada` 4, one each Hong Kong, Slovenia, South Africa: every location is read.
        Assert.That(countries, Has.None.Null);
        Assert.That(countries.Count(c => c == "US"), Is.EqualTo(93));
        Assert.That(countries.Count(c => c == "CA"), Is.EqualTo(4));
    }

    [Test]
    public void Read_DocumentWithoutItsId_IsQuarantinedAndTheRestRead()
    {
        // Document 1 spans lines 218–282; its "ProQuest document ID: 1548716365" is line 264.
        var lines = ReadLines();
        lines[263] = "";

        var results = WosFiles.Read(_reader, Encoding.UTF8.GetBytes(string.Join("\r\n", lines)));

        Assert.That(results[0].Outcome, Is.EqualTo(ReadOutcome.Rejected));
        Assert.That(results[0].Position.Line, Is.EqualTo(218));
        Assert.That(results[0].Reason, Does.Contain("ProQuest document ID"));
        Assert.That(results[0].RawText, Does.StartWith("Document 1 of 100"));
        Assert.That(results.Skip(1).Select(r => r.Outcome), Is.All.EqualTo(ReadOutcome.Record));
        Assert.That(results, Has.Count.EqualTo(100));
    }

    [Test]
    public void Read_DocumentWithInvalidUtf8_IsQuarantined()
    {
        var bytes = System.IO.File.ReadAllBytes(SharedData.Path(File));
        var title = bytes.AsSpan().IndexOf("Title: Entrenchment"u8);
        bytes[title + 7] = 0xFF;

        var results = WosFiles.Read(_reader, bytes);

        Assert.That(results[0].Outcome, Is.EqualTo(ReadOutcome.Rejected));
        Assert.That(results[0].Reason, Is.EqualTo("invalid UTF-8 on line 276"));
        Assert.That(results.Skip(1).Select(r => r.Outcome), Is.All.EqualTo(ReadOutcome.Record));
    }

    [Test]
    public void Read_AbstractOverSeveralParagraphs_KeepsThemAndTheFieldsAfter()
    {
        // Line 226 is document 1's abstract: give it a second paragraph that opens like a field ("Results: …").
        var lines = ReadLines();
        lines.Insert(227, "Results: a second paragraph.");
        lines.Insert(228, "");

        var work = WosFiles.Read(_reader, Encoding.UTF8.GetBytes(string.Join("\r\n", lines)))[0].Work!;

        Assert.That(work.Abstract, Does.EndWith(" Results: a second paragraph."));
        Assert.That(work.Authors.Select(a => a.Role), Does.Contain(AuthorRole.Advisor));
    }

    private static List<string> ReadLines() =>
        [.. System.IO.File.ReadAllText(SharedData.Path(File), Encoding.UTF8).Split("\r\n")];
}
