using System.Text;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Vocabularies;

/// <summary>Reads a committed two-column lexicon table the plain way, independently of the code that wrote it.</summary>
internal static class TableFile
{
    public static IReadOnlyDictionary<string, string> Rows(string relativePath, string header)
    {
        var bytes = File.ReadAllBytes(RepositoryPaths.Path(relativePath));
        Assert.That(bytes.Take(3), Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "no BOM");
        Assert.That(bytes, Does.Not.Contain((byte)'\r'), "\\n line ends");
        var lines = Encoding.UTF8.GetString(bytes).Split('\n').SkipWhile(line => line.StartsWith('#')).ToList();
        Assert.That(lines[0], Is.EqualTo(header));
        Assert.That(lines[^1], Is.Empty, "ends with a line end");
        return lines.Skip(1).SkipLast(1).Select(line => line.Split('\t')).ToDictionary(fields => fields[0], fields => fields[1], StringComparer.Ordinal);
    }
}
