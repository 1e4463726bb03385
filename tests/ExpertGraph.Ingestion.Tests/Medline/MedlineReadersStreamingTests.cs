using ExpertGraph.Ingestion.Medline;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Ingestion.Tests.Papers;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Medline;

/// <summary>A file read through a stream that returns 7 bytes per read gives the same results as read whole.</summary>
public sealed class MedlineReadersStreamingTests
{
    [Test]
    public void Read_PubmedXmlInSevenByteReads_GivesTheSameResults() =>
        AssertSameResults(new PubmedXmlReader(), MedlineFiles.CurrentMedline);

    [Test]
    public void Read_MedlineTextInSevenByteReads_GivesTheSameResults() =>
        AssertSameResults(new MedlineTextReader(), MedlineFiles.MedlineText);

    [Test]
    public void Read_JatsArticleInSevenByteReads_GivesTheSameResults() =>
        AssertSameResults(new PmcJatsReader(), MedlineFiles.JatsFolder + "mds526.nxml");

    private static void AssertSameResults(IRecordReader reader, string file)
    {
        var whole = MedlineFiles.ReadAll(reader, file);
        var path = SharedData.Path(file);
        using var trickle = new TrickleStream(MedlineFiles.Open(path), 7);

        var trickled = reader.Read(trickle, path).ToList();

        Assert.That(trickled.Select(Describe), Is.EqualTo(whole.Select(Describe)));
    }

    private static string Describe(ReadResult result) =>
        $"{result.Position} {result.Outcome} {result.Work?.Key} {result.Work?.Title} {result.Work?.Abstract} {result.Work?.Authors.Count} {result.Reason}";
}
