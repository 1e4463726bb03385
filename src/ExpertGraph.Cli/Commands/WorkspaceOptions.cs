using System.CommandLine;
using ExpertGraph.Query;
using ExpertGraph.Storage;

namespace ExpertGraph.Cli.Commands;

/// <summary>The global options that say which workspace a command works on: the data folder and the store.</summary>
internal sealed class WorkspaceOptions
{
    public Option<string?> Data { get; } = new("--data")
    {
        Description = $"Data folder (index, and the store unless --store); default ${DataDirectory.EnvironmentVariable} or ./{DataDirectory.DefaultFolder}",
        Recursive = true,
    };

    public Option<string?> Store { get; } = new("--store")
    {
        Description = $"PostgreSQL store as postgres://user:password@host:port/database or a connection string; default ${StoreLocation.EnvironmentVariable}, else the SQLite file in the data folder",
        Recursive = true,
    };

    public Option<string?> Lexicon { get; } = new("--lexicon")
    {
        Description = "Lexicon folder (concepts.tsv, terms.tsv); default $EXPERTGRAPH_LEXICON, else the lexicon installed beside the program",
        Recursive = true,
    };

    public DataDirectory Resolve(ParseResult parse) => DataDirectory.Resolve(parse.GetValue(Data), parse.GetValue(Store));

    public Workspace Open(ParseResult parse) => Workspace.Open(Resolve(parse), parse.GetValue(Lexicon));
}
