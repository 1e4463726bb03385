using ExpertGraph.Core.Model;

namespace ExpertGraph.Cli.Output;

/// <summary>Where an export goes: a file (created or replaced; its folder must exist) or standard output.</summary>
internal static class OutputFile
{
    public static Stream Open(string? path)
    {
        if (path is null) return Console.OpenStandardOutput();
        try
        {
            return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ExpertGraphException($"cannot write {path}: {ex.Message}");
        }
    }
}
