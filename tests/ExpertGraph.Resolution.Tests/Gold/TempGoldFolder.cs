namespace ExpertGraph.Resolution.Tests.Gold;

/// <summary>A throw-away folder for hand-written gold files, deleted on dispose.</summary>
internal sealed class TempGoldFolder : IDisposable
{
    public TempGoldFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "eg-gold-" + Guid.NewGuid().ToString("N"));

    public string Write(string relative, string text)
    {
        var file = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
        return file;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
