using System.Runtime.InteropServices;

namespace ExpertGraph.Core.Storage;

/// <summary>
/// Files that cache what the store holds (the graph snapshot, the semantic index): written whole to a temporary file
/// beside the target, flushed to disk, then renamed into place, so a reader sees the old file or the new one, never half.
/// A writer killed midway leaves its temporary file; the next write removes those of processes no longer running.
/// </summary>
public static class CacheFiles
{
    public static void WriteAtomically(string path, Action<FileStream> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        RemoveLeftovers(folder, Path.GetFileName(path));
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

    /// <summary>Temporary files "name.PID.THREAD.tmp" whose process is gone (a kill -9 midway through a write).</summary>
    private static void RemoveLeftovers(string folder, string name)
    {
        foreach (var file in Directory.EnumerateFiles(folder, name + ".*.tmp"))
        {
            var parts = Path.GetFileName(file)[(name.Length + 1)..].Split('.');
            if (parts.Length != 3 || !int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid)) continue;
            // This process's own (another thread writing) and those of live processes stay.
            if (pid == Environment.ProcessId || IsRunning(pid)) continue;
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // Another process cleaning up at the same moment.
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
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
