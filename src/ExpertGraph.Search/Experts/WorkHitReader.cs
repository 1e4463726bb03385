using System.Buffers.Binary;
using System.Globalization;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ExpertGraph.Search.Experts;

/// <summary>
/// Reads what ranking needs of a hit — its work id and persons — from doc values, which cost a few array reads, and
/// what is shown of the works listed (title, year, kind) from the store. A document
/// indexed before doc values existed (work id value 0) is read from its stored fields. One per search: doc value
/// readers are not shared between threads.
/// </summary>
internal sealed class WorkHitReader(IndexSearcher searcher)
{
    private static readonly HashSet<string> IdFields = new(StringComparer.Ordinal) { IndexFields.WorkId, IndexFields.Person };
    private static readonly HashSet<string> ShownFields = new(StringComparer.Ordinal) { IndexFields.Title, IndexFields.Year, IndexFields.Kind };

    private readonly NumericDocValues? _workIds = MultiDocValues.GetNumericValues(searcher.IndexReader, IndexFields.WorkIdValue);
    private readonly BinaryDocValues? _persons = MultiDocValues.GetBinaryValues(searcher.IndexReader, IndexFields.PersonValues);
    private readonly BytesRef _bytes = new();

    public (long WorkId, long[] Persons) Read(int doc)
    {
        if (_workIds?.Get(doc) is { } id and not 0)
        {
            if (_persons is null) return (id, []);
            _persons.Get(doc, _bytes);
            var persons = new long[_bytes.Length / sizeof(long)];
            var span = _bytes.Bytes.AsSpan(_bytes.Offset, _bytes.Length);
            for (var i = 0; i < persons.Length; i++) persons[i] = BinaryPrimitives.ReadInt64LittleEndian(span[(i * sizeof(long))..]);
            return (id, persons);
        }

        var document = searcher.Doc(doc, IdFields);
        return (
            document.GetField(IndexFields.WorkId)?.GetInt64Value() ?? 0,
            [.. (document.Get(IndexFields.Person) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(value => long.Parse(value, CultureInfo.InvariantCulture))]);
    }

    /// <summary>
    /// The works as shown with the experts, read from the store in one query (an index document's stored fields cost a
    /// block decompression each); a work the store does not hold (an index ahead of it) from its stored fields.
    /// </summary>
    public Dictionary<long, MatchedWork> Show(IReadOnlyCollection<WorkHit> hits, IExpertStore store)
    {
        var headlines = store.GetWorkHeadlines([.. hits.Select(h => new WorkId(h.WorkId)).Distinct()]).ToDictionary(h => h.Work.Value);
        var shown = new Dictionary<long, MatchedWork>(hits.Count);
        foreach (var hit in hits)
        {
            if (shown.ContainsKey(hit.WorkId)) continue;
            shown[hit.WorkId] = headlines.TryGetValue(hit.WorkId, out var headline)
                ? new MatchedWork(headline.Work, headline.Title, headline.Year, LuceneIndexWriter.KindName(headline.Kind), hit.Score)
                : FromStoredFields(hit);
        }

        return shown;
    }

    private MatchedWork FromStoredFields(WorkHit hit)
    {
        var document = searcher.Doc(hit.Doc, ShownFields);
        return new MatchedWork(new WorkId(hit.WorkId), document.Get(IndexFields.Title) ?? "", document.GetField(IndexFields.Year)?.GetInt32Value(), document.Get(IndexFields.Kind) ?? "", hit.Score);
    }
}

/// <summary>A matching work as ranking holds it: the index document, the work id and its relevance.</summary>
internal readonly record struct WorkHit(int Doc, long WorkId, double Score);
