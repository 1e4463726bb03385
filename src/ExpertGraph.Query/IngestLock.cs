using System.Globalization;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Query;

/// <summary>
/// One ingest per data folder at a time: Lucene allows one writer per index, and two ingests would otherwise race for it
/// and the second would fail. The lock is an open <c>ingest.lock</c> with FileShare.None, which .NET takes as flock(2)
/// on Unix and a share-mode lock on Windows; the OS drops it when the process ends, however it ends, so a killed ingest
/// leaves no stale lock. The file itself stays and means nothing.
/// </summary>
internal sealed class IngestLock : IDisposable
{
    private static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan LongestPoll = TimeSpan.FromSeconds(1);

    private readonly FileStream _file;

    private IngestLock(FileStream file) => _file = file;

    /// <summary>
    /// Takes the lock at <paramref name="path"/>, polling with backoff while another process holds it. Calls
    /// <paramref name="waiting"/> once, when it first has to wait; gives up after <paramref name="timeout"/>.
    /// </summary>
    public static async Task<IngestLock> AcquireAsync(string path, TimeSpan timeout, Action<string>? waiting, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(time);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var started = time.GetTimestamp();
        var poll = FirstPoll;
        var reported = false;
        while (true)
        {
            if (TryTake(path, folder) is { } taken) return taken;
            var waited = time.GetElapsedTime(started);
            if (waited >= timeout)
            {
                throw new ExpertGraphException(string.Create(CultureInfo.InvariantCulture,
                    $"another ingest of {folder} was still running after {waited.TotalSeconds:F1} s of waiting for it (it holds {path}); run again once it has finished, or allow a longer wait"));
            }

            if (!reported)
            {
                waiting?.Invoke("waiting for another ingest of this data folder to finish… (" + folder + ")");
                reported = true;
            }

            await Task.Delay(Min(poll, timeout - waited), time, cancellationToken).ConfigureAwait(false);
            poll = Min(poll * 2, LongestPoll);
        }
    }

    public void Dispose() => _file.Dispose();

    private static IngestLock? TryTake(string path, string folder)
    {
        try
        {
            return new IngestLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None));
        }
        catch (IOException ex) when (HeldByAnother(ex))
        {
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ExpertGraphException($"cannot lock data folder {folder} for ingest ({path}): {ex.Message}", ex);
        }
    }

    /// <summary>
    /// A sharing violation: EWOULDBLOCK from flock (11 on Linux, 35 on macOS), or ERROR_SHARING_VIOLATION /
    /// ERROR_LOCK_VIOLATION on Windows. Anything else (a read-only disk, no permission) is an error, not a wait.
    /// </summary>
    private static bool HeldByAnother(IOException ex) =>
        ex.GetType() == typeof(IOException) && ex.HResult is 11 or 35 or unchecked((int)0x80070020) or unchecked((int)0x80070021);

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
