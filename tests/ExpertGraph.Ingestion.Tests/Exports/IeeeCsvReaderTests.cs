using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Exports;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Tests.Exports;

public sealed class IeeeCsvReaderTests
{
    private readonly IeeeCsvReader _reader = new();

    [Test]
    public void Read_IeeeCsv_TenRecordsKeyedByArticleNumber()
    {
        // 11 lines (grep -c ''), no field with a line break (python3 csv: 10 rows after the header).
        var results = ExportFiles.ReadAll(_reader, ExportFiles.IeeeCsv);

        Assert.That(results.Select(r => r.Outcome), Is.All.EqualTo(ReadOutcome.Record));
        Assert.That(results.Select(r => r.Work!.Key.Id), Is.EqualTo(new[]
        {
            "6634083", "9041695", "9309052", "9235065", "9428012", "8287750", "8960361", "9652570", "9159855", "7830461",
        }));
    }

    [Test]
    public void Read_FirstRow_MapsEveryColumn()
    {
        var work = ExportFiles.Works(_reader, ExportFiles.IeeeCsv)[0];

        Assert.Multiple(() =>
        {
            Assert.That(work.Key, Is.EqualTo(new SourceKey("ieee", "6634083")));
            Assert.That(work.Title, Is.EqualTo("Exascale Computing Trends: Adjusting to the \"New Normal\"' for Computer Architecture"));
            Assert.That(work.Year, Is.EqualTo(2013));
            Assert.That(work.Venue, Is.EqualTo("Computing in Science & Engineering"));
            Assert.That(work.CitationCount, Is.EqualTo(51));
            Assert.That(work.Identifiers, Is.EqualTo(new[] { new WorkIdentifier(IdentifierScheme.Doi, "10.1109/mcse.2013.95") }));
            Assert.That(work.Abstract, Does.StartWith("We now have 20 years of data under our belt"));
            Assert.That(work.Keywords.Take(3), Is.EqualTo(new[] { "Computer architecture", "Market research", "Transistors" }));
            Assert.That(work.Classifications.Where(c => c.Scheme == "IEEETerm").Select(c => c.Code), Is.EqualTo(new[]
            {
                "Computer architecture", "Market research", "Transistors", "Programming", "Computational modeling", "Memory management",
                "Systems engineering and theory",
            }));
            Assert.That(work.Classifications.First(c => c.Scheme == "INSPEC").Code, Is.EqualTo("application program interfaces"));
            Assert.That(work.Authors.Select(a => a.RawName), Is.EqualTo(new[] { "P. Kogge", "J. Shalf" }));
            Assert.That(work.Authors[1].Affiliations, Is.EqualTo(new[]
            {
                new AffiliationMention("Lawrence Berkeley National Laboratory") { Organization = "Lawrence Berkeley National Laboratory" },
            }));
        });
    }

    [Test]
    public void Read_SevenAddressesForSixAuthors_AddressesStayWithTheWork()
    {
        // Row 3: six authors, seven "; "-separated affiliations (the last "another affiliation"), one of them twice.
        var work = ExportFiles.Works(_reader, ExportFiles.IeeeCsv)[1];

        Assert.That(work.Authors, Has.Count.EqualTo(6));
        Assert.That(work.Authors[2].RawName, Is.EqualTo("J. -P. Nominé"));
        Assert.That(work.Authors.SelectMany(a => a.Affiliations), Is.Empty);
        Assert.That(work.Organizations.Select(o => o.RawText), Is.EqualTo(new[]
        {
            "PRACE aisbl and Jülich Supercomputing Center, Forschungszetrum Juelich GmbH",
            "Jülich Supercomputing Center, Forschungszetrum Juelich GmbH",
            "ETP4HPC and Commissariat à l'énergie atomique et aux énergies alternatives",
            "PRACE aisbl and Barcelona Supercomputing Center",
            "Grand équipement national de calcul intensif",
            "another affiliation",
        }));
        Assert.That(work.CitationCount, Is.Null);
    }

    [Test]
    public void Read_NaAffiliationsAndCompanyAddress_NoAffiliationForNaAndCompanyKeptWhole()
    {
        var works = ExportFiles.Works(_reader, ExportFiles.IeeeCsv);

        // Row 8: 26 authors, every affiliation "NA".
        Assert.That(works[6].Authors, Has.Count.EqualTo(26));
        Assert.That(works[6].Authors.SelectMany(a => a.Affiliations), Is.Empty);
        // Row 11: "…; I/O Doctors, LLC, Hanska, MN, USA".
        Assert.That(works[9].Authors[2].Affiliations[0].Organization, Is.EqualTo("I/O Doctors, LLC"));
        Assert.That(works[9].Authors[0].Affiliations[0].Organization, Is.EqualTo("NASA Ames Res. Center"));
        // Row 5: author keywords separated by commas, "GPGPU computing, CUDA kernels, Energy modeling, Simulation".
        Assert.That(works[3].Keywords, Is.EqualTo(new[] { "GPGPU computing", "CUDA kernels", "Energy modeling", "Simulation" }));
    }
}
