using System.Globalization;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Graph;

/// <summary>
/// Reads a plain edge list as SNAP and most graph tools write it: one edge per line, two integer node ids separated by
/// whitespace (a third column, such as a weight or a timestamp, is ignored), comment lines starting with # or %.
/// Every edge is undirected; a pair listed in both directions is one edge.
/// </summary>
public static class EdgeListReader
{
    public static CollaborationGraph Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new EdgeListException($"{path}: no such file");
        var builder = new GraphBuilder();
        using var reader = new StreamReader(path);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var text = line.AsSpan().Trim();
            if (text.IsEmpty || text[0] is '#' or '%') continue;
            var a = NextField(ref text);
            var b = NextField(ref text);
            if (!long.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var from)
                || !long.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out var to))
                throw new EdgeListException($"{path}:{lineNumber}: expected two non-negative integer node ids, found \"{Shorten(line)}\"");
            builder.AddEdge(from, to);
        }

        return builder.Build();
    }

    /// <summary>The next field of a line, and the line after it.</summary>
    private static ReadOnlySpan<char> NextField(ref ReadOnlySpan<char> text)
    {
        text = text.TrimStart();
        var end = text.IndexOfAny(' ', '\t', ',');
        var field = end < 0 ? text : text[..end];
        text = end < 0 ? [] : text[(end + 1)..];
        return field;
    }

    private static string Shorten(string line) => line.Length <= 80 ? line : line[..80] + "…";
}

/// <summary>An edge-list file that cannot be read; the message names the file and line.</summary>
public sealed class EdgeListException(string message) : ExpertGraphException(message);
