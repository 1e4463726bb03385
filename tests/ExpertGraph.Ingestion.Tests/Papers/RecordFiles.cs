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
