using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Ingestion.Exports;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Tests.Exports;

/// <summary>Expected values are read off the files by hand (python3's csv module to print the fields of a row).</summary>
public sealed class ScopusCsvReaderTests
{
    private readonly ScopusCsvReader _reader = new();

    // Rows counted with python3: len(list(csv.reader(open(f, encoding="utf-8-sig", newline="")))) - 1; skipped rows are
    // those whose "Document Type" is "Conference Review" (in scopus.csv read 56 rows late: see the shifted-row test).
    [TestCase(ExportFiles.ScopusCsv, 58, 9)]
    [TestCase(ExportFiles.ScopusV2Csv, 88, 0)]
    [TestCase(ExportFiles.ScopusMetaknowledge, 220, 0)]
    public void Read_EveryScopusFile_OneResultPerRowNoneRejected(string file, int rows, int conferenceReviews)
    {
        var results = ExportFiles.ReadAll(_reader, file);

        Assert.That(results, Has.Count.EqualTo(rows));
        Assert.That(results.Where(r => r.Outcome == ReadOutcome.Rejected), Is.Empty);
        Assert.That(results.Count(r => r.Outcome == ReadOutcome.Skipped), Is.EqualTo(conferenceReviews));
        Assert.That(results.Select(r => r.Position.RecordNumber), Is.EqualTo(Enumerable.Range(1, rows).Select(n => (long)n)));
        Assert.That(results.Where(r => r.Work is not null).Select(r => r.Work!.Key.Source).Distinct(), Is.EqualTo(new[] { "scopus" }));
    }

    [Test]
    public void Read_2022LayoutFirstRow_MapsEveryColumn()
    {
        var first = ExportFiles.ReadAll(_reader, ExportFiles.ScopusCsv)[0];

        Assert.That(first.Position, Is.EqualTo(new RecordPosition(1, 2, 560)));
        var work = first.Work!;
        Assert.Multiple(() =>
        {
            Assert.That(work.Key, Is.EqualTo(new SourceKey("scopus", "2-s2.0-27344436659")));
            Assert.That(work.Kind, Is.EqualTo(WorkKind.Paper));
            Assert.That(work.Title, Is.EqualTo("Scalable molecular dynamics with NAMD"));
            Assert.That(work.Year, Is.EqualTo(2005));
            Assert.That(work.Venue, Is.EqualTo("Journal of Computational Chemistry"));
            Assert.That(work.Language, Is.EqualTo("en"));
            Assert.That(work.CitationCount, Is.EqualTo(13169));
            Assert.That(work.Identifiers, Is.EqualTo(new[] { new WorkIdentifier(IdentifierScheme.Doi, "10.1002/jcc.20289") }));
            Assert.That(work.Keywords, Is.EqualTo(new[] { "Biomolecular simulation", "Molecular dynamics", "Parallel computing" }));
            Assert.That(work.Classifications[0], Is.EqualTo(new ClassificationCode("ScopusIndexKeyword", "Algorithms")));
            Assert.That(work.Classifications[^1], Is.EqualTo(new ClassificationCode("ScopusIndexKeyword", "Molecular dynamics")));
            // The abstract ends "… at www.ks.uiuc.edu. © 2005 Wiley Periodicals, Inc.": the copyright line is the publisher's.
            Assert.That(work.Abstract, Does.StartWith("NAMD is a parallel molecular dynamics code").And.EndWith("source code at www.ks.uiuc.edu."));
            Assert.That(work.Authors, Has.Count.EqualTo(10));
            Assert.That(work.Organizations, Is.Empty);
        });
        var phillips = work.Authors[0];
        Assert.Multiple(() =>
        {
            Assert.That(phillips.RawName, Is.EqualTo("Phillips, J.C."));
            Assert.That(phillips.Name, Is.EqualTo(new PersonName("Phillips", "J.C.", NameScript.Latin)));
            Assert.That(phillips.Position, Is.EqualTo(1));
            Assert.That(phillips.SourceAuthorId, Is.EqualTo("57202138757"));
            Assert.That(phillips.Affiliations, Is.EqualTo(new[]
            {
                new AffiliationMention("Beckman Institute, University of Illinois at Urbana-Champaign, Urbana, IL 61801, United States")
                {
                    Organization = "University of Illinois at Urbana-Champaign",
                },
            }));
            Assert.That(work.Authors[8].RawName, Is.EqualTo("Kalé, L."));
            Assert.That(work.Authors[8].SourceAuthorId, Is.EqualTo("7005862685"));
            Assert.That(work.Authors[9].RawName, Is.EqualTo("Schulten, K."));
        });
    }

    [Test]
    public void Read_RowWithUnnamedFundingTextColumn_ReadsColumnsAfterItOneFieldLater()
    {
        // Rows 4-59 of scopus.csv hold 46 fields under a 45-name header: an empty field follows "Funding Text 1", so
        // "References" holds the correspondence address, …, and the last field is the EID.
        var result = ExportFiles.ReadAll(_reader, ExportFiles.ScopusCsv)[2];

        var work = result.Work!;
        Assert.Multiple(() =>
        {
            Assert.That(work.Key.Id, Is.EqualTo("2-s2.0-85123480963"));
            Assert.That(work.Year, Is.EqualTo(2022));
            Assert.That(work.CitationCount, Is.EqualTo(3));
            Assert.That(work.Language, Is.EqualTo("en"));
            Assert.That(work.Identifiers, Is.EqualTo(new[]
            {
                new WorkIdentifier(IdentifierScheme.Doi, "10.1038/s41598-022-04849-0"),
                new WorkIdentifier(IdentifierScheme.Pmid, "35064163"),
            }));
            Assert.That(work.Authors.Select(a => a.RawName), Is.EqualTo(new[]
            {
                "Gutowska, K.", "Kogut, D.", "Kardynska, M.", "Formanowicz, P.", "Smieja, J.", "Puszynski, K.",
            }));
            Assert.That(work.Authors[5].SourceAuthorId, Is.EqualTo("23986467200"));
            Assert.That(work.Abstract, Does.EndWith("more effective therapies in medicine."));
        });
        // "Kardynska, M., Department of Biosensors …, Poland, Department of Systems Biology …, Poland": two addresses.
        Assert.That(work.Authors[2].Affiliations.Select(a => (a.RawText, a.Organization)), Is.EqualTo(new[]
        {
            ("Department of Biosensors and Processing of Biomedical Signals, Silesian University of Technology, Roosevelta 40, Zabrze, 41-800, Poland",
                "Silesian University of Technology"),
            ("Department of Systems Biology and Engineering, Silesian University of Technology, Akademicka 16, Gliwice, 44-100, Poland",
                "Silesian University of Technology"),
        }));
    }

    [Test]
    public void Read_ConferenceReviewRow_SkippedWithItsEid()
    {
        // Row 13 (record 9): "[No author name available]", "11th International Conference on Bioinformatics …, BICOB 2019".
        var result = ExportFiles.ReadAll(_reader, ExportFiles.ScopusCsv)[8];

        Assert.That(result.Outcome, Is.EqualTo(ReadOutcome.Skipped));
        Assert.That(result.Position, Is.EqualTo(new RecordPosition(9, 13, 162950)));
        Assert.That(result.Reason, Does.Contain("Conference Review").And.Contain("2-s2.0-85080066604"));
    }

    [Test]
    public void Read_2023LayoutRow_FullNamesIdsAndSeveralAddressesPerAuthor()
    {
        var work = ExportFiles.Works(_reader, ExportFiles.ScopusV2Csv)[1];

        Assert.Multiple(() =>
        {
            Assert.That(work.Key.Id, Is.EqualTo("2-s2.0-85127882021"));
            Assert.That(work.Title, Does.StartWith("Engagement with Emerging Forms of Sextech"));
            Assert.That(work.Year, Is.EqualTo(2023));
            Assert.That(work.Venue, Is.EqualTo("Journal of Sex Research"));
            Assert.That(work.CitationCount, Is.EqualTo(5));
            Assert.That(work.Keywords, Is.Empty);
            Assert.That(work.Identifiers, Is.EqualTo(new[]
            {
                new WorkIdentifier(IdentifierScheme.Doi, "10.1080/00224499.2021.2007521"),
                new WorkIdentifier(IdentifierScheme.Pmid, "35104185"),
            }));
            Assert.That(work.Abstract, Does.EndWith("technologically-facilitated sexual behavior."));
            Assert.That(work.Authors.Select(a => (a.RawName, a.SourceAuthorId)), Is.EqualTo(new[]
            {
                ("Gesselman, Amanda N.", "55326561000"), ("Kaufman, Ellen M.", "57202747668"), ("Marcotte, Alexandra S.", "57202816380"),
                ("Reynolds, Tania A.", "56120916500"), ("Garcia, Justin R.", "25951348300"),
            }));
            Assert.That(work.Authors[0].Name, Is.EqualTo(new PersonName("Gesselman", "Amanda N.", NameScript.Latin)));
        });
        Assert.That(work.Authors[1].Affiliations.Select(a => (a.RawText, a.Organization)), Is.EqualTo(new[]
        {
            ("The Kinsey Institute, Indiana University, United States", "Indiana University"),
            ("Luddy School of Informatics, Computing, and Engineering, Indiana University, United States", "Indiana University"),
        }));
        Assert.That(work.Authors[3].Affiliations[1].Organization, Is.EqualTo("University of New Mexico"));
    }

    [Test]
    public void Read_2023LayoutRowWithoutAddresses_AuthorsWithoutAffiliations()
    {
        // Row 38: "Peng Ngo, Thye (58255197000); Barnes, Roxie (…); Reising, Deanna (…)", "Authors with affiliations" empty.
        var work = ExportFiles.Works(_reader, ExportFiles.ScopusV2Csv)[36];

        Assert.That(work.Key.Id, Is.EqualTo("2-s2.0-85159552705"));
        Assert.That(work.Authors[0].Name, Is.EqualTo(new PersonName("Peng Ngo", "Thye", NameScript.Latin)));
        Assert.That(work.Authors[0].SourceAuthorId, Is.EqualTo("58255197000"));
        Assert.That(work.Authors.SelectMany(a => a.Affiliations), Is.Empty);
        Assert.That(work.Organizations, Is.Empty);
    }

    [Test]
    public void Read_2016LayoutWithoutAuthorIds_NamesAndAddressesStillAligned()
    {
        var works = ExportFiles.Works(_reader, ExportFiles.ScopusMetaknowledge);

        var first = works[0];
        Assert.Multiple(() =>
        {
            Assert.That(first.Key.Id, Is.EqualTo("2-s2.0-84963944162"));
            Assert.That(first.Identifiers, Is.EqualTo(new[] { new WorkIdentifier(IdentifierScheme.Doi, "10.1109/tasc.2016.2541670") }));
            Assert.That(first.CitationCount, Is.Null);
            Assert.That(first.Authors, Has.Count.EqualTo(11));
            Assert.That(first.Authors[0].RawName, Is.EqualTo("Yagai, T."));
            Assert.That(first.Authors[0].SourceAuthorId, Is.Null);
            Assert.That(first.Authors[1].Affiliations, Is.EqualTo(new[] { new AffiliationMention("Meiji University, Kanagawa, Japan") { Organization = "Meiji University" } }));
            Assert.That(first.Keywords, Is.EqualTo(new[] { "complex bending", "force-balanced coil", "SMES", "strain distribution", "YBCO" }));
        });

        // Row 4: "Janko Wolfgang", whose entry "Janko, Wolfgang, Univ Karlsruhe, …" shows where the family name ends.
        Assert.That(works[2].Authors[0].RawName, Is.EqualTo("Janko, Wolfgang"));
        Assert.That(works[2].Language, Is.EqualTo("de"));
        // Row 123: "Burnett, R.T.University of Ottawa, …" lacks the separator after the name.
        var pope = works[121];
        Assert.That(pope.Key.Id, Is.EqualTo("2-s2.0-0037029043"));
        Assert.That(pope.Authors[0].RawName, Is.EqualTo("Pope III, C.A."));
        Assert.That(pope.Authors[1].Affiliations.Select(a => a.RawText), Is.EqualTo(new[] { "University of Ottawa, Ottawa, Ont., Canada" }));
        Assert.That(pope.Authors[5].Affiliations.Select(a => a.Organization), Is.EqualTo(new[] { "New York University" }));
    }
}
