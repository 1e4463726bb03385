using System.Runtime.InteropServices;

namespace ExpertGraph.Core.Storage;

/// <summary>
/// Files that cache what the store holds (the graph snapshot, the semantic index): written whole to a temporary file
/// beside the target, flushed to disk, then renamed into place, so a reader sees the old file or the new one, never half.
/// </summary>
public static class CacheFiles
{
    public static void WriteAtomically(string path, Action<FileStream> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>An array of <paramref name="length"/> values read as they lie in memory (little-endian).</summary>
    public static T[] ReadArray<T>(Stream stream, int length) where T : struct
    {
        ArgumentNullException.ThrowIfNull(stream);
        var array = new T[length];
        stream.ReadExactly(MemoryMarshal.AsBytes(array.AsSpan()));
        return array;
    }
}
