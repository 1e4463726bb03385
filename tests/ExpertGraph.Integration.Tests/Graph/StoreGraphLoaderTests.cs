using System.Reflection;
using ExpertGraph.Core.Storage;
using ExpertGraph.Ingestion.Pipeline;
using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Query;
using ExpertGraph.Query.Graph;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Integration.Tests.Graph;

/// <summary>
/// The graph is read in three statements; a rebuild of the derived tables committing between them must not give a graph
/// mixing two states (seen in CI: a reader found colleague edges of the new state and no collaborations of the old one).
/// </summary>
[TestFixture]
public sealed class StoreGraphLoaderTests
{
    private TempDataFolder _temp = null!;
    private Workspace _workspace = null!;

    [OneTimeSetUp]
    public async Task IngestRealRecords()
    {
        _temp = new TempDataFolder("eg-graph-loader-");
        _workspace = Workspace.Open(new DataDirectory(_temp.Sub("data")));
        await _workspace.IngestAsync([SharedData.Path("records/dblp-xml-sample/dblp-sample.xml")], new IngestionOptions(), null, CancellationToken.None);
    }

    [OneTimeTearDown]
    public void Cleanup()
    {
        _workspace?.Dispose();
        _temp?.Dispose();
    }

    [Test]
    public void LoadCached_RebuildCommitsBetweenTheReads_LoadsAgainFromOneState()
    {
        var expected = StoreGraphLoader.Load(_workspace.Store, 2026, CancellationToken.None);
        var store = RebuildMidway.Wrap(_workspace.Store, rebuilds: 1);

        var (graph, fromSnapshot) = StoreGraphLoader.LoadCached(store, _temp.Sub("snapshot.bin"), 2026, CancellationToken.None);

        Assert.That(expected.EdgeCount, Is.GreaterThan(100), "the DBLP sample is collaboration-rich");
        Assert.That(fromSnapshot, Is.False);
        Assert.That(graph.EdgeCount, Is.EqualTo(expected.EdgeCount), "the graph of the state after the rebuild, not a mix");
        Assert.That(RebuildMidway.Of(store).TornLoads, Is.EqualTo(1));
        for (var node = 0; node < expected.NodeCount; node += 5)
            Assert.That(graph.Neighbors(node).ToArray(), Is.EqualTo(expected.Neighbors(node).ToArray()));
    }

    [Test]
    public void LoadCached_RebuildsCommitDuringEveryLoad_FailsSayingSo()
    {
        var store = RebuildMidway.Wrap(_workspace.Store, rebuilds: StoreGraphLoader.MaxLoadAttempts);

        var error = Assert.Throws<InvalidOperationException>(() => StoreGraphLoader.LoadCached(store, _temp.Sub("never.bin"), 2026, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("rebuilt during each of 5 loads"));
        Assert.That(File.Exists(_temp.Sub("never.bin")), Is.False, "a graph of no single state is never saved");
    }

    /// <summary>
    /// A store whose derived tables are "rebuilt" during a graph load, as many times as asked: while rebuilds are left,
    /// collaborations come from the old state (none) and the rebuild commits (a new generation) after they were read and
    /// before institution spans are, which come from the new state. Everything else is the real store's.
    /// </summary>
    public class RebuildMidway : DispatchProxy
    {
        private IExpertStore _inner = null!;
        private int _rebuildsLeft;
        private bool _oldCollaborationsRead;
        private long _generation = 1;

        public int TornLoads { get; private set; }

        public static IExpertStore Wrap(IExpertStore inner, int rebuilds)
        {
            var proxy = Create<IExpertStore, RebuildMidway>();
            var state = Of(proxy);
            state._inner = inner;
            state._rebuildsLeft = rebuilds;
            return proxy;
        }

        public static RebuildMidway Of(IExpertStore proxy) => (RebuildMidway)(object)proxy;

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(targetMethod);
            switch (targetMethod.Name)
            {
                case "get_DerivedGeneration":
                    return _generation;
                case "ReadCollaborations" when _rebuildsLeft > 0:
                    _oldCollaborationsRead = true;
                    return Enumerable.Empty<CollaborationRow>();
                case "ReadAffiliationSpans" when _oldCollaborationsRead:
                    _oldCollaborationsRead = false;
                    _rebuildsLeft--;
                    _generation++;
                    TornLoads++;
                    break;
            }

            return targetMethod.Invoke(_inner, args);
        }
    }
}
