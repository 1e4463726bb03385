using System.Globalization;
using System.Text;
using ExpertGraph.Search.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ExpertGraph.Integration.Tests.Support;

/// <summary>
/// Dumps every live document of the works and experts indexes as committed: its stored fields in order, then every
/// term indexed for it with its frequency (read by inverting the postings, since no term vectors are stored). Person and
/// work ids, stored or indexed, are translated to canonical keys; works are keyed by source key, experts by person.
/// </summary>
internal static class IndexStateReader
{
    public static IReadOnlyList<StateSection> Read(string indexFolder, CanonicalIds ids) =>
    [
        new("index works", Documents(Path.Combine(indexFolder, "works"), ids, IndexFields.Key)),
        new("index experts", Documents(Path.Combine(indexFolder, "experts"), ids, IndexFields.PersonId)),
    ];

    private static List<StateRow> Documents(string folder, CanonicalIds ids, string keyField)
    {
        using var index = CommittedIndex.TryOpen(folder);
        if (index is null) return [];
        var reader = index.Reader;
        var live = MultiFields.GetLiveDocs(reader);
        var terms = IndexedTerms(reader, live, ids);
        var rows = new List<StateRow>(reader.NumDocs);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc)) continue;
            var values = new List<string>();
            string? key = null;
            foreach (var field in reader.Document(doc).Fields)
            {
                var value = StoredValue(field, ids);
                if (string.Equals(field.Name, keyField, StringComparison.Ordinal)) key ??= value;
                values.Add($"stored {field.Name}={value}");
            }

            if (terms.TryGetValue(doc, out var indexed))
            {
                indexed.Sort(StringComparer.Ordinal);
                values.AddRange(indexed);
            }

            rows.Add(new StateRow(key ?? "<document without " + keyField + ">", values));
        }

        return rows;
    }

    private static Dictionary<int, List<string>> IndexedTerms(DirectoryReader reader, IBits? live, CanonicalIds ids)
    {
        var byDocument = new Dictionary<int, List<string>>();
        var fields = MultiFields.GetFields(reader);
        if (fields is null) return byDocument;
        foreach (var field in fields)
        {
            var terms = fields.GetTerms(field);
            if (terms is null) continue;
            var termsEnum = terms.GetEnumerator();
            DocsEnum? docs = null;
            while (termsEnum.MoveNext())
            {
                var text = $"term {field}:{TermText(field, termsEnum.Term, ids)}";
                docs = termsEnum.Docs(live, docs, DocsFlags.FREQS);
                for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                {
                    if (!byDocument.TryGetValue(doc, out var list)) byDocument[doc] = list = [];
                    list.Add(docs.Freq == 1 ? text : text + " x" + docs.Freq.ToString(CultureInfo.InvariantCulture));
                }
            }
        }

        return byDocument;
    }

    private static string StoredValue(IIndexableField field, CanonicalIds ids)
    {
        object? stored = field is not Field numeric ? field.GetStringValue() : numeric.NumericType switch
        {
            NumericFieldType.INT32 => numeric.GetInt32Value(),
            NumericFieldType.INT64 => numeric.GetInt64Value(),
            NumericFieldType.SINGLE => numeric.GetSingleValue(),
            NumericFieldType.DOUBLE => numeric.GetDoubleValue(),
            _ => numeric.GetStringValue(),
        };
        var value = stored is null ? "<binary>" : DbRow.FormatValue(stored);
        return field.Name switch
        {
            IndexFields.WorkId => ids.Work(long.Parse(value, CultureInfo.InvariantCulture)),
            IndexFields.PersonId => ids.Person(value),
            IndexFields.Person => string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ids.Person)),
            _ => value,
        };
    }

    private static string TermText(string field, BytesRef term, CanonicalIds ids)
    {
        if (string.Equals(field, IndexFields.Year, StringComparison.Ordinal))
        {
            // Trie-coded: one term per precision step; the shift tells which.
            var shift = NumericUtils.GetPrefixCodedInt32Shift(term);
            var value = NumericUtils.PrefixCodedToInt32(term).ToString(CultureInfo.InvariantCulture);
            return shift == 0 ? value : $"{value}>>{shift}";
        }

        var text = term.Utf8ToString();
        if (field is IndexFields.Person or IndexFields.PersonId) return ids.Person(text);
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text) escaped.Append(c < ' ' ? $"\\u{(int)c:x4}" : c);
        return escaped.ToString();
    }
}
