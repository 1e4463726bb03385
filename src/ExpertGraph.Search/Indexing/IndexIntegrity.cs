using ExpertGraph.Core.Model;
using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ExpertGraph.Search.Indexing;

/// <summary>
/// Checks that an index folder's last commit can be read, cheaply enough to run on every open: the small files (the
/// segments file, segment infos, compound entry tables, deletions) are read whole against their CRC-32 footers; the
/// large ones must exist, start with Lucene's codec header and end with an intact footer. That catches deleted,
/// truncated and overwritten-at-either-end files. <see cref="VerifyChecksums"/> reads every byte of every file (damage
/// inside a large file), for backup, restore and check.
/// </summary>
public static class IndexIntegrity
{
    private const string WriteLockName = "write.lock";
    private const long SmallFileBytes = 64 * 1024;

    /// <summary>Whether the folder holds index files at all (a folder with nothing but a lock file holds no index).</summary>
    public static bool HasIndexFiles(string folder) =>
        System.IO.Directory.Exists(folder)
        && System.IO.Directory.EnumerateFiles(folder).Any(f => !string.Equals(Path.GetFileName(f), WriteLockName, StringComparison.Ordinal));

    /// <summary>Throws <see cref="IndexDamagedException"/> when the folder holds index files but no readable last commit.</summary>
    public static void ThrowIfDamaged(string folder) => Check(folder, readEveryByte: false, allowNoCommit: false);

    /// <summary>
    /// Like <see cref="ThrowIfDamaged"/>, but files without any commit are accepted: what a writer killed before its
    /// first commit leaves, which the next writer simply replaces.
    /// </summary>
    public static void ThrowIfDamagedOrUncommitted(string folder, bool allowNoCommit) => Check(folder, readEveryByte: false, allowNoCommit);

    /// <summary>Like <see cref="ThrowIfDamaged"/>, and reads every file of the last commit against its checksum.</summary>
    public static void VerifyChecksums(string folder) => Check(folder, readEveryByte: true, allowNoCommit: false);

    /// <summary>Names of the files of the folder's last commit (segments file included), for copying a snapshot.</summary>
    public static IReadOnlyList<string> CommitFiles(string folder)
    {
        using var directory = FSDirectory.Open(folder);
        var infos = new SegmentInfos();
        infos.Read(directory);
        return [.. infos.GetFiles(directory, includeSegmentsFile: true).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Whether <paramref name="exception"/>, thrown while reading an index, says its files are damaged. Lucene reads a
    /// garbled file as far as its checksum at the end, so damage surfaces as whatever the garbage made it do.
    /// </summary>
    internal static bool IsDamage(Exception exception) =>
        exception is IOException or ArgumentException or InvalidOperationException or IndexOutOfRangeException
            or OverflowException or FormatException or IndexFormatTooOldException or IndexFormatTooNewException
        && exception is not (UnauthorizedAccessException or ObjectDisposedException);

    /// <summary>Lucene's message without its resource suffix and stack of causes: one line for the user.</summary>
    internal static string Describe(Exception exception)
    {
        var message = exception.Message;
        var end = message.IndexOfAny(['\r', '\n']);
        if (end >= 0) message = message[..end];
        var resource = message.IndexOf(" (resource", StringComparison.Ordinal);
        return (resource > 0 ? message[..resource] : message).TrimEnd(':', ' ');
    }

    private static void Check(string folder, bool readEveryByte, bool allowNoCommit)
    {
        if (!HasIndexFiles(folder)) return;
        using var directory = FSDirectory.Open(folder);
        var last = SegmentInfos.GetLastCommitSegmentsFileName(directory);
        if (last is null)
        {
            if (allowNoCommit) return;
            throw new IndexDamagedException(folder, "segments file is missing", new IndexNotFoundException("no segments file"));
        }

        try
        {
            CheckCommit(folder, directory, last, readEveryByte);
        }
        catch (IndexDamagedException) when (PreviousCommit(directory, last) is { } previous)
        {
            // A completed commit deletes the one before it (one commit is kept), so an older segments file beside an
            // unreadable newest one is a commit cut short by a crash: never acknowledged, and Lucene itself opens the
            // previous commit. Only that previous commit must be intact.
            CheckCommit(folder, directory, previous, readEveryByte);
        }
    }

    /// <summary>The newest segments file older than <paramref name="last"/>, if one is still there.</summary>
    private static string? PreviousCommit(LuceneDirectory directory, string last)
    {
        var generation = SegmentInfos.GenerationFromSegmentsFileName(last);
        return directory.ListAll()
            .Where(name => name.StartsWith(IndexFileNames.SEGMENTS + "_", StringComparison.Ordinal))
            .Select(name => (Name: name, Generation: SegmentInfos.GenerationFromSegmentsFileName(name)))
            .Where(f => f.Generation < generation)
            .OrderByDescending(f => f.Generation)
            .Select(f => f.Name)
            .FirstOrDefault();
    }

    private static void CheckCommit(string folder, LuceneDirectory directory, string segmentsFile, bool readEveryByte)
    {
        var file = segmentsFile;
        try
        {
            // The segments file is verified before it is parsed: parsing garbage fails in ways that do not say so.
            using (var segments = directory.OpenInput(file, IOContext.READ_ONCE)) CheckFile(segments, readEveryByte: true, hasHeader: true);
            file = "segments file";
            var infos = new SegmentInfos();
            infos.Read(directory, segmentsFile);
            foreach (var name in infos.GetFiles(directory, includeSegmentsFile: false))
            {
                file = name;
                using var input = directory.OpenInput(name, IOContext.READ_ONCE);
                CheckFile(input, readEveryByte || input.Length <= SmallFileBytes, hasHeader: !name.EndsWith(".del", StringComparison.Ordinal));
            }
        }
        catch (FileNotFoundException ex)
        {
            // Reading the segments file also reads each segment's .si: name the file actually missing.
            var missing = string.IsNullOrEmpty(ex.FileName) ? file : Path.GetFileName(ex.FileName);
            throw new IndexDamagedException(folder, $"{missing} is missing", ex);
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            throw new IndexDamagedException(folder, $"{file}: {Describe(ex)}", ex);
        }
    }

    /// <param name="hasHeader">False for deletions files (4.x writes a format number before their codec header).</param>
    private static void CheckFile(IndexInput input, bool readEveryByte, bool hasHeader)
    {
        if (input.Length < CodecUtil.FooterLength()) throw new CorruptIndexException("shorter than its checksum footer: truncated");
        if (hasHeader && input.ReadInt32() != CodecUtil.CODEC_MAGIC) throw new CorruptIndexException("no codec header: its start is overwritten");
        input.Seek(0);
        if (readEveryByte) CodecUtil.ChecksumEntireFile(input);
        else CodecUtil.RetrieveChecksum(input);
    }
}
