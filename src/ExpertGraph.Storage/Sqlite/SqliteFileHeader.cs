using System.Buffers.Binary;

namespace ExpertGraph.Storage.Sqlite;

/// <summary>
/// Reads a store file's 100-byte header before SQLite opens it. SQLite opens a truncated file without complaint and
/// fails only when a query reaches a missing page, perhaps in the middle of an ingest; the header's page count tells
/// at once (https://www.sqlite.org/fileformat.html, "The database header").
/// </summary>
internal static class SqliteFileHeader
{
    private const int HeaderLength = 100;
    private const int WalHeaderLength = 32;

    /// <summary>What is wrong with the file at <paramref name="path"/>, or null when nothing can be seen from its header and size.</summary>
    public static string? FindDamage(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists || file.Length == 0) return null; // no store yet: SQLite creates one
        if (file.Length < HeaderLength) return $"{file.Length} bytes, shorter than a SQLite header";

        Span<byte> header = stackalloc byte[HeaderLength];
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            stream.ReadExactly(header);
        if (!header[..16].SequenceEqual("SQLite format 3\0"u8)) return "not a SQLite database: its header is overwritten";

        var pageSizeField = BinaryPrimitives.ReadUInt16BigEndian(header[16..]);
        long pageSize = pageSizeField == 1 ? 65536 : pageSizeField;
        var changeCounter = BinaryPrimitives.ReadUInt32BigEndian(header[24..]);
        var pages = BinaryPrimitives.ReadUInt32BigEndian(header[28..]);
        var validFor = BinaryPrimitives.ReadUInt32BigEndian(header[92..]);
        // The page count is meaningful only when written by the same change as the counter; and a write-ahead log not
        // yet checkpointed (a crashed writer) may hold pages the file has not received yet.
        if (pages == 0 || validFor != changeCounter || WalHasFrames(path)) return null;
        return file.Length < pages * pageSize
            ? $"{file.Length:N0} bytes where its header counts {pages:N0} pages of {pageSize:N0} bytes: truncated"
            : null;
    }

    private static bool WalHasFrames(string path)
    {
        var wal = new FileInfo(path + "-wal");
        return wal.Exists && wal.Length > WalHeaderLength;
    }
}
