using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Exports;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Tests.Exports;

public sealed class RetractionWatchCsvReaderTests
{
    [Test]
    public void Read_RetractionWatchCsv_TheOriginalPaperWithTheNoticeAsClassifications()
    {
        // The file's only row: 4242,Reflections on Research Software,(B/T) Computer Science;(B/T) Data Science;…
        var results = ExportFiles.ReadAll(new RetractionWatchCsvReader(), ExportFiles.RetractionWatchCsv);

        Assert.That(results, Has.Count.EqualTo(1));
        Assert.That(results[0].Position, Is.EqualTo(new RecordPosition(1, 2, 231)));
        var work = results[0].Work!;
        Assert.Multiple(() =>
        {
            Assert.That(work.Key, Is.EqualTo(new SourceKey("retraction-watch", "4242")));
            Assert.That(work.Kind, Is.EqualTo(WorkKind.Paper));
            Assert.That(work.Title, Is.EqualTo("Reflections on Research Software"));
            Assert.That(work.Year, Is.EqualTo(2024));
            Assert.That(work.Venue, Is.EqualTo("Journal of Prominent Things"));
            Assert.That(work.Identifiers, Is.EqualTo(new[] { new WorkIdentifier(IdentifierScheme.Doi, "10.4242/2024/00") }));
            Assert.That(work.Classifications, Is.EqualTo(new[]
            {
                new ClassificationCode("Retraction", "Retraction"),
                new ClassificationCode("RetractionReason", "Concerns/Issues About Reality"),
                new ClassificationCode("RetractionReason", "Randomly Generated Content"),
                new ClassificationCode("RetractionWatchSubject", "(B/T) Computer Science"),
                new ClassificationCode("RetractionWatchSubject", "(B/T) Data Science"),
                new ClassificationCode("RetractionWatchSubject", "(B/T) Technology"),
            }));
            Assert.That(work.Authors.Select(a => a.RawName), Is.EqualTo(new[] { "Patrick Bos" }));
            Assert.That(work.Authors[0].Affiliations, Is.EqualTo(new[]
            {
                new AffiliationMention("Netherlands fScience Center, Nieuw-Amsterdam, Netherlands") { Organization = "Netherlands fScience Center" },
            }));
        });
    }
}
