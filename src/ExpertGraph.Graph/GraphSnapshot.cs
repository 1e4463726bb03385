using System.Runtime.InteropServices;
using System.Text;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Graph;

/// <summary>
/// A graph's arrays written as they are in memory (little-endian, as on every platform .NET runs on here), so loading
/// is one sequential read instead of a rebuild from the store: 12M edges read back in about a second. The caller's
/// stamp (what the graph was built from) is stored in the header and must match on load. A file that is short,
/// foreign or inconsistent is refused (null), never trusted: the caller rebuilds. The format's last byte is its version,
/// raised whenever what a graph holds or how its nodes are numbered changes (3: breadth-first numbering), so older
/// snapshots are rebuilt.
/// </summary>
public static class GraphSnapshot
{
    private static readonly byte[] Head = Encoding.ASCII.GetBytes("EGCSR\0\0\u0003");
    private static readonly byte[] Tail = Encoding.ASCII.GetBytes("EGCSREND");

    /// <summary>Writes to a temporary file beside <paramref name="path"/>, flushes it, then renames it into place.</summary>
    public static void Write(CollaborationGraph graph, string path, long stampA, long stampB)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(path);
        CacheFiles.WriteAtomically(path, stream =>
        {
            using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
            writer.Write(Head);
            writer.Write(stampA);
            writer.Write(stampB);
            writer.Write(graph.NodeCount);
            writer.Write(graph.Targets.Length);
            writer.Write(graph.SelfLoopNodes.Length);
            writer.Flush();
            stream.Write(MemoryMarshal.AsBytes(graph.Ids));
            stream.Write(MemoryMarshal.AsBytes(graph.Offsets));
            stream.Write(MemoryMarshal.AsBytes(graph.Targets));
            stream.Write(MemoryMarshal.AsBytes(graph.Kinds));
            stream.Write(MemoryMarshal.AsBytes(graph.Strengths));
            stream.Write(MemoryMarshal.AsBytes(graph.SelfLoopNodes));
            stream.Write(Tail);
        });
    }

    /// <summary>The graph saved at <paramref name="path"/> with exactly this stamp, or null (missing, other stamp, damaged).</summary>
    public static CollaborationGraph? TryRead(string path, long stampA, long stampB)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) return null;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (!reader.ReadBytes(Head.Length).AsSpan().SequenceEqual(Head)) return null;
            if (reader.ReadInt64() != stampA || reader.ReadInt64() != stampB) return null;
            var nodes = reader.ReadInt32();
            var arcs = reader.ReadInt32();
            var loops = reader.ReadInt32();
            if (nodes < 0 || arcs < 0 || loops < 0) return null;
            long expected = stream.Position + (nodes * 8L) + ((nodes + 1) * 4L) + (arcs * 9L) + (loops * 4L) + Tail.Length;
            if (stream.Length != expected) return null;
            var ids = CacheFiles.ReadArray<long>(stream, nodes);
            var offsets = CacheFiles.ReadArray<int>(stream, nodes + 1);
            var targets = CacheFiles.ReadArray<int>(stream, arcs);
            var kinds = CacheFiles.ReadArray<EdgeKinds>(stream, arcs);
            var strengths = CacheFiles.ReadArray<float>(stream, arcs);
            var selfLoops = CacheFiles.ReadArray<int>(stream, loops);
            if (!reader.ReadBytes(Tail.Length).AsSpan().SequenceEqual(Tail)) return null;
            // The graph's id map refuses a repeated id.
            return Consistent(offsets, targets, selfLoops, ids.Length) ? new CollaborationGraph(offsets, targets, kinds, strengths, ids, selfLoops) : null;
        }
        catch (Exception ex) when (ex is EndOfStreamException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The checks that keep a damaged file from ever indexing out of range: offsets ascending, targets and loops in range.</summary>
    private static bool Consistent(int[] offsets, int[] targets, int[] selfLoops, int nodes)
    {
        if (offsets[0] != 0 || offsets[^1] != targets.Length) return false;
        for (var i = 1; i < offsets.Length; i++)
            if (offsets[i] < offsets[i - 1]) return false;
        var n = (uint)nodes;
        foreach (var target in targets)
            if ((uint)target >= n) return false;
        foreach (var node in selfLoops)
            if ((uint)node >= n) return false;
        return true;
    }
}
