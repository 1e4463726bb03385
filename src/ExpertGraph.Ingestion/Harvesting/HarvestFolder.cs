using System.Globalization;
using System.Text.Json;

namespace ExpertGraph.Ingestion.Harvesting;

/// <summary>
/// The folder of one harvest: pages "page-000001.json" … and the state ".harvest-state.json". Every file is written
/// whole to a hidden temporary name, flushed to disk and renamed into place, so a page file is always a whole page and
/// the state always a whole state. Hidden names keep the state, the lock and a killed write's leftovers out of
/// `expertgraph ingest FOLDER`. One harvest writes to a folder at a time (a lock file held while it runs).
/// </summary>
internal sealed class HarvestFolder : IDisposable
{
    public const string StateFileName = ".harvest-state.json";
    private const string LockFileName = ".harvest.lock";
    private static readonly JsonSerializerOptions StateJson = new() { WriteIndented = true };
    private readonly FileStream _lock;

    private HarvestFolder(string path, FileStream lockFile)
    {
        Path = path;
        _lock = lockFile;
    }

    public string Path { get; }

    public static HarvestFolder Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(full);
        FileStream lockFile;
        try
        {
            lockFile = new FileStream(System.IO.Path.Combine(full, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex)
        {
            throw new HarvestException($"{full}: another harvest is writing to this folder", ex);
        }

        foreach (var leftover in Directory.EnumerateFiles(full, ".*.tmp")) File.Delete(leftover);
        return new HarvestFolder(full, lockFile);
    }

    public static string PageFileName(int number) => "page-" + number.ToString("D6", CultureInfo.InvariantCulture) + ".json";

    public string PagePath(int number) => System.IO.Path.Combine(Path, PageFileName(number));

    public bool HasPage(int number) => File.Exists(PagePath(number));

    public bool HasAnyPage() => Directory.EnumerateFiles(Path, "page-*.json").Any();

    public byte[] ReadPage(int number) => File.ReadAllBytes(PagePath(number));

    public void WritePage(int number, byte[] body) => WriteAtomically(PageFileName(number), body);

    public HarvestState? LoadState()
    {
        var path = System.IO.Path.Combine(Path, StateFileName);
        if (!File.Exists(path)) return null;
        try
        {
            var state = JsonSerializer.Deserialize<HarvestState>(File.ReadAllBytes(path), StateJson);
            if (state is null || state.Version != HarvestState.CurrentVersion) throw new HarvestException($"{path}: a harvest state of another version ({state?.Version}); harvest into a new folder");
            return state;
        }
        catch (JsonException ex)
        {
            // Written by rename only, so never half: this file was changed by hand.
            throw new HarvestException($"{path}: not a harvest state ({ex.Message}); harvest into a new folder", ex);
        }
    }

    public void SaveState(HarvestState state) => WriteAtomically(StateFileName, JsonSerializer.SerializeToUtf8Bytes(state, StateJson));

    public void Dispose() => _lock.Dispose();

    private void WriteAtomically(string name, byte[] bytes)
    {
        var final = System.IO.Path.Combine(Path, name);
        var temporary = System.IO.Path.Combine(Path, (name.StartsWith('.') ? "" : ".") + name + ".tmp");
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, final, overwrite: true);
    }
}
