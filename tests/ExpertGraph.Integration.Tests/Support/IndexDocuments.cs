using System.Globalization;
using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ExpertGraph.Integration.Tests.Support;

/// <summary>
/// Every live document of one index folder as comparable lines, keyed by its key field: each stored field with its value,
/// then each indexed term with its frequency and positions, sorted. Two indexes with equal maps hold the same documents,
/// however they are split into segments and whatever deleted documents they carry.
/// </summary>
internal static class IndexDocuments
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SortedDictionary<string, List<string>> Read(string folder, string keyField)
    {
        using var directory = FSDirectory.Open(folder);
        using var reader = DirectoryReader.Open(directory);
        var byDoc = new Dictionary<int, List<string>>();
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var live = atomic.LiveDocs;
            for (var doc = 0; doc < atomic.MaxDoc; doc++)
                if (live is null || live.Get(doc)) byDoc[leaf.DocBase + doc] = [];
            foreach (var field in atomic.Fields)
            {
                var terms = atomic.Fields.GetTerms(field).GetEnumerator();
                while (terms.MoveNext())
                {
                    var text = TermText(terms.Term);
                    var positions = terms.DocsAndPositions(live, null);
                    var docs = positions ?? terms.Docs(live, null);
                    int doc;
                    while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                    {
                        var line = new StringBuilder($"term {field}:{text} ×{docs.Freq}");
                        if (positions is not null)
                            for (var i = 0; i < positions.Freq; i++) line.Append(CultureInfo.InvariantCulture, $" @{positions.NextPosition()}");
                        byDoc[leaf.DocBase + doc].Add(line.ToString());
                    }
                }
            }
        }

        var result = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (doc, terms) in byDoc)
        {
            var document = reader.Document(doc);
            var lines = document.Fields.Select(f => $"stored {f.Name}={StoredValue(f)}").ToList();
            terms.Sort(StringComparer.Ordinal);
            lines.AddRange(terms);
            var key = document.Get(keyField) ?? throw new InvalidOperationException($"document {doc} in {folder} has no {keyField}");
            Assert.That(result.TryAdd(key, lines), Is.True, $"two live documents with {keyField} {key} in {folder}");
        }

        return result;
    }

    /// <summary>Asserts both maps hold the same keys and, per key, the same lines; names the first difference.</summary>
    public static void AssertEqual(SortedDictionary<string, List<string>> expected, SortedDictionary<string, List<string>> actual, string what)
    {
        Assert.That(actual.Keys, Is.EqualTo(expected.Keys), what + ": document keys");
        foreach (var (key, lines) in expected)
            Assert.That(actual[key], Is.EqualTo(lines), $"{what}: document {key}");
    }

    private static string StoredValue(IIndexableField field) =>
        field.GetStringValue()
        ?? (field.GetBinaryValue() is { } bytes ? Convert.ToHexString(bytes.Bytes, bytes.Offset, bytes.Length) : null)
        ?? field.GetInt64Value()?.ToString(CultureInfo.InvariantCulture)
        ?? field.GetInt32Value()?.ToString(CultureInfo.InvariantCulture)
        ?? "";

    private static string TermText(BytesRef term)
    {
        try
        {
            return StrictUtf8.GetString(term.Bytes, term.Offset, term.Length);
        }
        catch (DecoderFallbackException)
        {
            return "0x" + Convert.ToHexString(term.Bytes, term.Offset, term.Length); // numeric (trie) terms
        }
    }
}
