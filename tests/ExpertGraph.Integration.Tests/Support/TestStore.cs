using System.Data.Common;
using ExpertGraph.Query;
using ExpertGraph.Tests.Shared.Stores;

namespace ExpertGraph.Integration.Tests.Support;

/// <summary>
/// One data folder and its store, as a test uses them: the CLI arguments that point `expertgraph` at them, a plain
/// ADO.NET connection to read the store (<see cref="FullState"/>), and a workspace for in-process readers.
/// Made by <see cref="TestStores.Create"/>, the one place that knows what a <see cref="StoreKind"/> means.
/// </summary>
internal sealed class TestStore(StoreKind kind, string dataFolder, IReadOnlyList<string> cliArguments, Func<DbConnection> openConnection, Func<Workspace> openWorkspace)
{
    public StoreKind Kind => kind;

    public string DataFolder => dataFolder;

    public string IndexFolder => new DataDirectory(dataFolder).IndexPath;

    /// <summary>Arguments every `expertgraph` command needs to use this store (--data, and --store for a server).</summary>
    public IReadOnlyList<string> CliArguments => cliArguments;

    public DbConnection OpenConnection() => openConnection();

    public Workspace OpenWorkspace() => openWorkspace();

    /// <summary>`expertgraph ingest` of <paramref name="inputs"/> into this store, with <paramref name="options"/>.</summary>
    public string[] IngestArguments(IEnumerable<string> inputs, params string[] options) => ["ingest", .. inputs, .. CliArguments, .. options];

    public override string ToString() => $"{kind} store in {dataFolder}";
}
