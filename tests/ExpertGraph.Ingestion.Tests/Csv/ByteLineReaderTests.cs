using System.Text;
using ExpertGraph.Ingestion.Csv;

namespace ExpertGraph.Ingestion.Tests.Csv;

public sealed class ByteLineReaderTests
{
    [TestCase(false, new[] { "a\r\n", "b\rc\n", "\rd" })]
    [TestCase(true, new[] { "a\r\n", "b\r", "c\n", "\r", "d" })]
    public void TryReadLine_MixedLineEnds_BareCarriageReturnEndsALineOnlyWhenAsked(bool bareCarriageReturnEndsLine, string[] expected)
    {
        var lines = ReadLines("a\r\nb\rc\n\rd", bareCarriageReturnEndsLine, bufferTrickle: false);

        Assert.That(lines.Select(l => l.Text), Is.EqualTo(expected));
        Assert.That(lines.Select(l => l.Number), Is.EqualTo(Enumerable.Range(1, expected.Length).Select(n => (long)n)));
    }

    [Test]
    public void TryReadLine_CarriageReturnAtTheEndOfARead_JoinsTheLineFeedOfTheNextRead()
    {
        var lines = ReadLines("x\r\ny\r", bareCarriageReturnEndsLine: true, bufferTrickle: true);

        Assert.That(lines.Select(l => (l.Text, l.Offset)), Is.EqualTo(new[] { ("x\r\n", 0L), ("y\r", 3L) }));
    }

    private static List<(string Text, long Number, long Offset)> ReadLines(string text, bool bareCarriageReturnEndsLine, bool bufferTrickle)
    {
        Stream stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        if (bufferTrickle) stream = new Papers.TrickleStream(stream, bytesPerRead: 1);
        var reader = new ByteLineReader(stream, bareCarriageReturnEndsLine);
        var lines = new List<(string, long, long)>();
        while (reader.TryReadLine(out var line)) lines.Add((Encoding.UTF8.GetString(line.Bytes), line.Number, line.ByteOffset));
        return lines;
    }
}
