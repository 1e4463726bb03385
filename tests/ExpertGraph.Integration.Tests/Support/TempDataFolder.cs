namespace ExpertGraph.Integration.Tests.Support;

/// <summary>A temporary folder deleted at dispose.</summary>
internal sealed class TempDataFolder : IDisposable
{
    public TempDataFolder(string prefix = "eg-it-") => Root = Directory.CreateTempSubdirectory(prefix).FullName;

    public string Root { get; }

    public string Sub(string name)
    {
        var path = Path.Combine(Root, name);
        Directory.CreateDirectory(path);
        return path;
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { /* a killed child may still hold a file for a moment; the OS temp cleaner takes it */ }
    }
}
