using ExpertGraph.Core.Model;
using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace ExpertGraph.Search.Indexing;

/// <summary>
/// Checks that an index folder's last commit can be read: the segments file parses (Lucene verifies its checksum) and
/// every file it lists exists and ends with an intact codec footer. That costs a few small reads per file, so it runs
/// on every open; it catches deleted, truncated and overwritten-at-the-end files. <see cref="VerifyChecksums"/> also
/// reads every byte against the files' CRC-32 footers (damage inside a file), for backup, restore and check.
/// </summary>
public static class IndexIntegrity
{
    private const string WriteLockName = "write.lock";

    /// <summary>Whether the folder holds index files at all (a folder with nothing but a lock file holds no index).</summary>
    public static bool HasIndexFiles(string folder) =>
        System.IO.Directory.Exists(folder)
        && System.IO.Directory.EnumerateFiles(folder).Any(f => !string.Equals(Path.GetFileName(f), WriteLockName, StringComparison.Ordinal));

    /// <summary>Throws <see cref="IndexDamagedException"/> when the folder holds index files but no readable last commit.</summary>
    public static void ThrowIfDamaged(string folder) => Check(folder, readEveryByte: false);

    /// <summary>Like <see cref="ThrowIfDamaged"/>, and reads every file of the last commit against its checksum.</summary>
    public static void VerifyChecksums(string folder) => Check(folder, readEveryByte: true);

    /// <summary>Names of the files of the folder's last commit (segments file included), for copying a snapshot.</summary>
    public static IReadOnlyList<string> CommitFiles(string folder)
    {
        using var directory = FSDirectory.Open(folder);
        var infos = new SegmentInfos();
        infos.Read(directory);
        return [.. infos.GetFiles(directory, includeSegmentsFile: true).Order(StringComparer.Ordinal)];
    }

    private static void Check(string folder, bool readEveryByte)
    {
        if (!HasIndexFiles(folder)) return;
        var file = "segments file";
        try
        {
            using var directory = FSDirectory.Open(folder);
            var infos = new SegmentInfos();
            infos.Read(directory);
            foreach (var name in infos.GetFiles(directory, includeSegmentsFile: true))
            {
                file = name;
                using var input = directory.OpenInput(name, IOContext.READ_ONCE);
                if (input.Length < CodecUtil.FooterLength()) throw new CorruptIndexException("shorter than its checksum footer: truncated");
                if (readEveryByte) CodecUtil.ChecksumEntireFile(input);
                else CodecUtil.RetrieveChecksum(input);
            }
        }
        catch (FileNotFoundException ex)
        {
            throw new IndexDamagedException(folder, $"{file} is missing", ex);
        }
        catch (Exception ex) when (ex is IOException or IndexFormatTooOldException or IndexFormatTooNewException)
        {
            // Lucene's own types (CorruptIndexException, IndexNotFoundException, end of file) are IOExceptions.
            throw new IndexDamagedException(folder, $"{file}: {Describe(ex)}", ex);
        }
    }

    /// <summary>Lucene's message without its resource suffix and stack of causes: one line for the user.</summary>
    internal static string Describe(Exception exception)
    {
        var message = exception.Message;
        var end = message.IndexOfAny(['\r', '\n']);
        if (end >= 0) message = message[..end];
        var resource = message.IndexOf(" (resource", StringComparison.Ordinal);
        return (resource > 0 ? message[..resource] : message).TrimEnd(':', ' ');
    }
}
