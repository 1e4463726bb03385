using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Tests.Papers;

/// <summary>Runs a reader over a whole file the way the pipeline does: head for CanRead, then a stream for Read.</summary>
internal static class RecordFiles
{
    public static byte[] Head(string path)
    {
        using var stream = File.OpenRead(path);
        var head = new byte[64 * 1024];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return head[..length];
    }

    public static List<ReadResult> ReadAll(IRecordReader reader, string path)
    {
        using var stream = File.OpenRead(path);
        return reader.Read(stream, path).ToList();
    }

    /// <summary>
    /// Reads a whole real file the pipeline's way and checks the hand-counted outcome: the reader claims the file, reads
    /// <paramref name="records"/> works and skips <paramref name="skipped"/> records, rejects none, and numbers them all.
    /// </summary>
    public static void AssertReadsAll(IRecordReader reader, string path, int records, int skipped)
    {
        var results = ReadAll(reader, path);

        Assert.That(reader.CanRead(Head(path), path), Is.True);
        Assert.That(results.Count(r => r.Outcome == ReadOutcome.Record), Is.EqualTo(records));
        Assert.That(results.Count(r => r.Outcome == ReadOutcome.Skipped), Is.EqualTo(skipped));
        Assert.That(results.Where(r => r.Outcome == ReadOutcome.Rejected), Is.Empty);
        Assert.That(results.Select(r => r.Position.RecordNumber), Is.EqualTo(Enumerable.Range(1, records + skipped).Select(i => (long)i)));
    }

    /// <summary>The text with the first occurrence of <paramref name="from"/> replaced: an edit of a real file, whose anchor must be there.</summary>
    public static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), "the edit's anchor is not in the file: " + from);
        return string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length));
    }

    /// <summary>A fresh temp folder for corrupted copies of real files.</summary>
    public static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "expertgraph-papers-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
