using System.Globalization;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Simple;
using Lucene.Net.Search;

namespace ExpertGraph.Search.Experts;

/// <summary>
/// Finds persons by name and institution in the experts index ("André Berton", "王威 南开大学"): every name a person
/// was written as and every institution they were at are searchable. Thread-safe; one index reader per instance.
/// </summary>
public sealed class PersonLookup : IDisposable
{
    private static readonly Dictionary<string, float> Fields = new(StringComparer.Ordinal)
    {
        [IndexFields.Name] = 2f,
        [IndexFields.NameZh] = 2f,
        [IndexFields.Institution] = 1f,
        [IndexFields.InstitutionZh] = 1f,
    };

    private readonly CommittedIndex _index;
    private readonly IndexSearcher _searcher;
    private readonly IExpertStore _store;
    private readonly SimpleQueryParser _parser;

    public PersonLookup(string indexFolder, IExpertStore store)
    {
        _index = CommittedIndex.Open(Path.Combine(indexFolder, "experts"), "experts");
        _searcher = _index.Searcher;
        _store = store;
        // Every word must match (a name and an institution narrow each other down); syntax errors are read as text.
        _parser = new SimpleQueryParser(IndexAnalyzers.Create(), Fields) { DefaultOperator = Occur.MUST };
    }

    public IReadOnlyList<PersonSummary> Find(string text, int limit = 20)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var query = _parser.Parse(text);
        if (query is null || query is BooleanQuery { Clauses.Count: 0 }) return [];
        var hits = _searcher.Search(query, limit).ScoreDocs;
        var ids = hits.Select(h => new PersonId(long.Parse(_searcher.Doc(h.Doc).Get(IndexFields.PersonId), CultureInfo.InvariantCulture))).ToList();
        var persons = _store.GetPersons(ids).ToDictionary(p => p.Id);
        return [.. ids.Where(persons.ContainsKey).Select(id => persons[id])];
    }

    public void Dispose()
    {
        _index.Dispose();
    }
}
