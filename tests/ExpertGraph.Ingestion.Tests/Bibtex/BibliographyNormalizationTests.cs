using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Bibtex;
using ExpertGraph.Ingestion.Cnki;
using ExpertGraph.Ingestion.Normalization;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Ingestion.Tests.Papers;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Bibtex;

/// <summary>What the BibTeX and CNKI readers leave raw, the normalize stage finishes: every work of every real file passes it.</summary>
public sealed class BibliographyNormalizationTests
{
    [Test]
    public void Normalize_EveryWorkOfEveryBibAndNetFile_KeepsItsTitleAndNamesEveryAuthor()
    {
        var normalizer = new WorkNormalizer(new CountryResolver());
        var records = SharedData.Path("records");
        var works = 0;
        foreach (var path in Directory.EnumerateFiles(records, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            IRecordReader? reader = path.EndsWith(".bib", StringComparison.Ordinal) ? new BibtexReader()
                : path.EndsWith(".net", StringComparison.Ordinal) ? new CnkiNoteExpressReader() : null;
            if (reader is null) continue;
            foreach (var work in RecordFiles.ReadAll(reader, path).Select(r => r.Work).OfType<Work>())
            {
                var normalized = normalizer.Normalize(work, out var rejection);
                Assert.That(rejection, Is.Null, path);
                Assert.That(normalized!.Authors.Select(a => a.Name), Is.All.Not.Null, path);
                works++;
            }
        }

        // 738 OpenAlex entries, 2 × 53 converted CNKI entries and 53 NoteExpress records (55 less 2 yearbook tables).
        Assert.That(works, Is.EqualTo(738 + 106 + 53));
    }

    [Test]
    public void Normalize_HanziAuthor_GetsSurnameAndGivenName()
    {
        var work = RecordFiles.ReadAll(new CnkiNoteExpressReader(), SharedData.Path("records/cnki-noteexpress/tests/assets/withLineBreakInAddress.net")).Single().Work!;

        var normalized = new WorkNormalizer(new CountryResolver()).Normalize(work, out _)!;

        Assert.That(normalized.Authors.Select(a => (a.Name!.Family, a.Name.Given)), Is.EqualTo(new[] { ("谢", "昕"), ("王", "小增") }));
        Assert.That(normalized.Authors[0].Affiliations.Single().Organization, Is.EqualTo("中国地质大学政法学院"));
    }
}
