namespace ExpertGraph.Core.Lexicon;

/// <summary>
/// Where the lexicon files are: an explicit folder, else the EXPERTGRAPH_LEXICON environment variable, else the
/// lexicon/ folder beside the program (ExpertGraph.Core copies ../../lexicon/*.tsv there on build).
/// </summary>
public static class LexiconLocation
{
    public const string EnvironmentVariable = "EXPERTGRAPH_LEXICON";

    public static string Resolve(string? explicitFolder = null)
    {
        if (!string.IsNullOrWhiteSpace(explicitFolder)) return Path.GetFullPath(explicitFolder);
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return Path.GetFullPath(fromEnvironment);
        return Path.Combine(AppContext.BaseDirectory, "lexicon");
    }
}
