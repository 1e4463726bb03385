using System.Collections.Concurrent;
using ExpertGraph.Core.Model;
using ExpertGraph.Query;
using ExpertGraph.Query.Graph;
using ExpertGraph.Search.Experts;
using ExpertGraph.Search.Indexing;
using Lucene.Net.Index;

namespace ExpertGraph.Integration.Tests.Support;

/// <summary>
/// Two threads that read a store and its index over and over while another process ingests into them, and note every
/// broken promise: an exception, a count that went down, a visible work without exactly its source record's authors,
/// an authorship or index document naming a person the store does not have, a person without resolution keys.
/// </summary>
internal sealed class ReadersDuringIngest : IDisposable
{
    private static readonly string[] Topics = ["speech recognition", "biodiversity finance", "beverage container", "微生物", "\"unbalanced (query"];

    private readonly TestStore _store;
    private readonly IReadOnlyDictionary<string, HashSet<int>> _sourceAuthors;
    private readonly ConcurrentQueue<string> _violations = new();
    private readonly ConcurrentQueue<long> _keylessSeen = new();
    private readonly ConcurrentQueue<long> _storedWorksSeen = new();
    private readonly ConcurrentQueue<int> _indexedWorksSeen = new();
    private readonly ConcurrentQueue<long> _graphEdgesSeen = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread[] _threads;

    private ReadersDuringIngest(TestStore store, IReadOnlyDictionary<string, HashSet<int>> sourceAuthors)
    {
        _store = store;
        _sourceAuthors = sourceAuthors;
        _threads =
        [
            new Thread(() => Loop(ReadStore)) { IsBackground = true },
            new Thread(() => Loop(ReadIndex)) { IsBackground = true },
            new Thread(() => Loop(ReadPaths)) { IsBackground = true },
        ];
    }

    public IReadOnlyList<string> Violations => [.. _violations];

    /// <summary>Person ids a pass saw without any resolution key (see ReadStore).</summary>
    public IReadOnlyList<long> KeylessPersonsSeen => [.. _keylessSeen.Distinct()];

    /// <summary>The store's work count at each of the store reader's passes.</summary>
    public IReadOnlyList<long> StoredWorksSeen => [.. _storedWorksSeen];

    /// <summary>The committed works index's document count at each of the index reader's passes (none before the first commit).</summary>
    public IReadOnlyList<int> IndexedWorksSeen => [.. _indexedWorksSeen];

    /// <summary>The collaboration graph's edge count at each of the path reader's passes.</summary>
    public IReadOnlyList<long> GraphEdgesSeen => [.. _graphEdgesSeen];

    public static ReadersDuringIngest Start(TestStore store, IReadOnlyDictionary<string, HashSet<int>> sourceAuthors)
    {
        var readers = new ReadersDuringIngest(store, sourceAuthors);
        foreach (var thread in readers._threads) thread.Start();
        return readers;
    }

    /// <summary>Stops both readers after one more pass each.</summary>
    public void Stop()
    {
        _stop.Cancel();
        foreach (var thread in _threads) thread.Join();
    }

    public void Dispose()
    {
        if (!_stop.IsCancellationRequested) Stop();
        _stop.Dispose();
    }

    private void Loop(Action<Workspace, Watermarks> pass)
    {
        try
        {
            using var workspace = _store.OpenWorkspace();
            var seen = new Watermarks();
            while (true)
            {
                // A pass begun after Stop reads the finished state: the same checks hold there too.
                var last = _stop.IsCancellationRequested;
                pass(workspace, seen);
                if (last) break;
                Thread.Sleep(50); // leave the ingest some CPU on a two-core machine
            }
        }
        catch (Exception ex)
        {
            _violations.Enqueue("reader failed: " + ex);
        }
    }

    private void ReadStore(Workspace workspace, Watermarks seen)
    {
        var counts = workspace.Store.Count();
        foreach (var property in counts.GetType().GetProperties())
            seen.NotBelow("store " + property.Name, Convert.ToInt64(property.GetValue(counts), System.Globalization.CultureInfo.InvariantCulture), _violations);
        _storedWorksSeen.Enqueue(counts.Works);

        // Each check is one statement, so it reads one committed state (SQLite WAL and PostgreSQL alike).
        using var connection = _store.OpenConnection();
        foreach (var row in DbRow.ReadAll(connection, """
            SELECT w.source, w.source_id,
                   (SELECT COUNT(*) FROM authorships a WHERE a.work_id = w.id) AS authors,
                   (SELECT COUNT(*) FROM authorships a WHERE a.work_id = w.id
                        AND NOT EXISTS (SELECT 1 FROM persons p WHERE p.id = a.person_id)) AS missing_persons
            FROM works w
            """))
        {
            var key = row.Text("source") + ":" + row.Text("source_id");
            var authors = (int)row.Long("authors");
            if (!_sourceAuthors.TryGetValue(key, out var expected) || !expected.Contains(authors))
                _violations.Enqueue($"work {key} visible with {authors} authorships; its source records have {(expected is null ? "none" : string.Join(" or ", expected))}");
            if (row.Long("missing_persons") > 0) _violations.Enqueue($"work {key} has {row.Long("missing_persons")} authorships whose person is not in the store");
        }

        // Seen under heavy load on both stores, unexplained (persons and keys are written in one transaction and this is one
        // statement): such persons are recorded and must have their keys in the finished store (KeylessPersonsSeen).
        foreach (var row in DbRow.ReadAll(connection, "SELECT p.id AS id FROM persons p WHERE NOT EXISTS (SELECT 1 FROM person_keys k WHERE k.person_id = p.id)"))
            _keylessSeen.Enqueue(row.Long("id"));
    }

    private void ReadIndex(Workspace workspace, Watermarks seen)
    {
        var works = Path.Combine(_store.IndexFolder, "works");
        using (var committed = CommittedIndex.TryOpen(works))
            if (committed is null) return; // nothing committed yet
        using (var searcher = workspace.OpenSearcher())
        {
            seen.NotBelow("indexed works", searcher.WorkCount, _violations);
            _indexedWorksSeen.Enqueue(searcher.WorkCount);
            foreach (var topic in Topics) searcher.Search(new ExpertQuery(topic) { Limit = 50 });
        }

        seen.NotBelow("indexed experts", IndexStatistics.Read(_store.IndexFolder).Experts, _violations);
        CheckPersonsExist(workspace, works, IndexFields.Person, "works");
        CheckPersonsExist(workspace, Path.Combine(_store.IndexFolder, "experts"), IndexFields.PersonId, "experts");
    }

    /// <summary>
    /// Loads the collaboration graph and asks for paths between seeded random persons: every hop of every path must
    /// have shared works in the store (the graph and its evidence come from one committed state or a later one).
    /// </summary>
    private void ReadPaths(Workspace workspace, Watermarks seen)
    {
        var network = workspace.OpenCollaborationNetwork(TimeProvider.System);
        var graph = network.Graph;
        seen.NotBelow("graph edges", graph.EdgeCount, _violations);
        _graphEdgesSeen.Enqueue(graph.EdgeCount);
        if (graph.EdgeCount == 0) return;
        var random = new Random(graph.NodeCount);
        for (var i = 0; i < 10; i++)
        {
            var from = new PersonId(graph.IdOf(random.Next(graph.NodeCount)));
            var to = new PersonId(graph.IdOf(random.Next(graph.NodeCount)));
            foreach (var path in network.FindPaths(new PathRequest([from], to) { Count = 2 }).Paths)
            {
                foreach (var hop in path.Hops)
                    if (hop.WorkCount == 0) _violations.Enqueue($"path {from} → {to}: hop {hop.From.Id} → {hop.To.Id} has no shared work in the store");
            }
        }
    }

    /// <summary>Every person id a committed document names is in the store: the index commits only after the store did.</summary>
    private void CheckPersonsExist(Workspace workspace, string folder, string field, string name)
    {
        var ids = new HashSet<long>();
        using (var committed = CommittedIndex.TryOpen(folder))
        {
            if (committed is null) return;
            var reader = committed.Reader;
            var live = MultiFields.GetLiveDocs(reader);
            var fields = new HashSet<string>(StringComparer.Ordinal) { field };
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc)) continue;
                foreach (var value in (reader.Document(doc, fields).Get(field) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    ids.Add(long.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        var found = 0;
        foreach (var chunk in ids.Chunk(500)) found += workspace.Store.GetPersons([.. chunk.Select(id => new PersonId(id))]).Count;
        if (found != ids.Count) _violations.Enqueue($"the {name} index names {ids.Count - found} persons the store does not have (of {ids.Count})");
    }

    /// <summary>The highest value each count reached so far, per reader thread.</summary>
    private sealed class Watermarks
    {
        private readonly Dictionary<string, long> _highest = new(StringComparer.Ordinal);

        public void NotBelow(string what, long value, ConcurrentQueue<string> violations)
        {
            if (_highest.TryGetValue(what, out var highest) && value < highest) violations.Enqueue($"{what} went down from {highest} to {value}");
            else _highest[what] = value;
        }
    }
}
