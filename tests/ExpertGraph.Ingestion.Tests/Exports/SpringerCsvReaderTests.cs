using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Exports;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Tests.Exports;

public sealed class SpringerCsvReaderTests
{
    private readonly SpringerCsvReader _reader = new();

    [Test]
    public void Read_SpringerCsv_EighteenRecordsKeyedByDoi()
    {
        // 19 lines, no line break inside a field (python3 csv: 18 rows after the header).
        var results = ExportFiles.ReadAll(_reader, ExportFiles.SpringerCsv);

        Assert.That(results, Has.Count.EqualTo(18));
        Assert.That(results.Select(r => r.Outcome), Is.All.EqualTo(ReadOutcome.Record));
        Assert.That(results[^1].Work!.Key, Is.EqualTo(new SourceKey("springer", "10.1007/978-3-030-87524-4_4")));
    }

    [Test]
    public void Read_ChapterRow_MapsEveryColumn()
    {
        var work = ExportFiles.Works(_reader, ExportFiles.SpringerCsv)[0];

        Assert.Multiple(() =>
        {
            Assert.That(work.Key, Is.EqualTo(new SourceKey("springer", "10.1007/978-3-030-92127-9_33")));
            Assert.That(work.Title, Is.EqualTo("Graph-Based Load Balancing Model for Exascale Computing Systems"));
            Assert.That(work.Year, Is.EqualTo(2022));
            Assert.That(work.Venue, Does.StartWith("11th International Conference on Theory and Application of Soft Computing"));
            Assert.That(work.Identifiers, Is.EqualTo(new[] { new WorkIdentifier(IdentifierScheme.Doi, "10.1007/978-3-030-92127-9_33") }));
            Assert.That(work.Authors.Select(a => (a.RawName, a.Position)), Is.EqualTo(new[] { ("Araz R. Aliev", 1), ("Nigar T. Ismayilova", 2) }));
        });
    }

    [Test]
    public void Read_RunTogetherAuthorsOfEveryRow_SplitIntoNamesWithoutTitles()
    {
        var authors = ExportFiles.Works(_reader, ExportFiles.SpringerCsv).Select(w => w.Authors.Select(a => a.RawName).ToArray()).ToList();

        // Read off the "Authors" column by hand: "Prof. Rafik A. AlievProf. Dr. Janusz KacprzykProf. Witold Pedrycz…".
        Assert.That(authors[1], Is.EqualTo(new[] { "Rafik A. Aliev", "Janusz Kacprzyk", "Witold Pedrycz", "Mo Jamshidi", "Mustafa Babanli", "Fahreddin M. Sadikoglu" }));
        Assert.That(authors[2], Is.EqualTo(new[] { "Barnabás Bede", "Martine Ceberio", "Martine De Cock", "Vladik Kreinovich" }));
        Assert.That(authors[4], Is.EqualTo(new[] { "N. R. Shetty", "L. M. Patnaik", "H. C. Nagaraj", "Prasad N. Hamsavath", "N. Nalini" }));
        Assert.That(authors[9], Is.EqualTo(new[] { "Mario Rüttgers", "Moritz Waldmann", "Wolfgang Schröder", "Andreas Lintermann" }));
        Assert.That(authors[11], Is.EqualTo(new[] { "Richard Dvorsky", "Ladislav Svoboda", "Jiří Bednář" }));
        Assert.That(authors[12], Is.EqualTo(new[] { "Everisto Benyera" }));
        Assert.That(authors[14], Is.EqualTo(new[] { "C. Navya", "H. A. Sanjay", "Sanket Salvi" }));
        // Names per row counted by hand: 2+6+4+2+5+5+3+6+4+4+4+3+1+3+3+2+5+1.
        Assert.That(authors.Sum(a => a.Length), Is.EqualTo(63));
    }
}
