namespace ExpertGraph.Query;

/// <summary>
/// The value a cache file of the data folder last gave (or was saved from), kept in memory for as long as the store's
/// stamp and the file itself (its length and last write) stay as they were. Reading a cache file again for every request
/// cost the API more than the request (the person facts at a million works: a 70 MB read, then every percentile sorted
/// again for the new instance); a file rewritten or damaged since is read again, as before. Thread-safe.
/// </summary>
internal sealed class CacheFileMemo<T> where T : class
{
    private Entry? _entry;

    public T? TryGet(string path, long stamp)
    {
        var entry = Volatile.Read(ref _entry);
        if (entry is null || entry.Stamp != stamp) return null;
        var file = new FileInfo(path);
        return file.Exists && file.Length == entry.Length && file.LastWriteTimeUtc == entry.WrittenUtc ? entry.Value : null;
    }

    /// <summary>Keeps <paramref name="value"/> for <paramref name="stamp"/> while the file stays as it is now (nothing when there is none).</summary>
    public void Keep(string path, long stamp, T value)
    {
        var file = new FileInfo(path);
        Volatile.Write(ref _entry, file.Exists ? new Entry(stamp, file.Length, file.LastWriteTimeUtc, value) : null);
    }

    private sealed record Entry(long Stamp, long Length, DateTime WrittenUtc, T Value);
}
