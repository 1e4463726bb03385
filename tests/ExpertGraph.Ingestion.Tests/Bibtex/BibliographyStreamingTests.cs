using ExpertGraph.Ingestion.Bibtex;
using ExpertGraph.Ingestion.Cnki;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Ingestion.Tests.Papers;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Bibtex;

/// <summary>The BibTeX and CNKI readers stream: read through 7-byte reads, every file gives what it gives read whole.</summary>
public sealed class BibliographyStreamingTests
{
    [TestCase("openalex-works-json/openalex_exports/corpus_biblatex/chunk_2.bib")]
    [TestCase("cnki-noteexpress/tests/assets/nameyear/mixed.bib")]
    public void Read_BibtexFileInSevenByteReads_GivesTheSameResults(string file) =>
        AssertSameResults(new BibtexReader(), SharedData.Path("records/" + file));

    [TestCase("cnki-noteexpress/tests/assets/LotsOfEnglish.net")]
    [TestCase("cnki-noteexpress/tests/assets/withLineBreakInAddress.net")]
    public void Read_CnkiFileInSevenByteReads_GivesTheSameResults(string file) =>
        AssertSameResults(new CnkiNoteExpressReader(), SharedData.Path("records/" + file));

    private static void AssertSameResults(IRecordReader reader, string path)
    {
        var whole = RecordFiles.ReadAll(reader, path);
        using var trickle = new TrickleStream(File.OpenRead(path), 7);

        var trickled = reader.Read(trickle, path).ToList();

        Assert.That(trickled.Select(Describe), Is.EqualTo(whole.Select(Describe)));
    }

    private static string Describe(ReadResult result) =>
        $"{result.Position} {result.Outcome} {result.Work?.Key} {result.Work?.Title} {result.Work?.Abstract} " +
        string.Join("; ", result.Work?.Authors.Select(a => a.RawName + "@" + string.Join("|", a.Affiliations.Select(f => f.RawText))) ?? []);
}
