namespace ExpertGraph.Integration.Tests.Support;

/// <summary>Copies a folder tree, so a test can damage or replace a copy of a data folder ingested once.</summary>
internal static class FolderCopy
{
    public static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
