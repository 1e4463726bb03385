using ExpertGraph.Core.Model;
using ExpertGraph.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ExpertGraph.Search.Experts;

/// <summary>
/// Every index document's work kind in one byte array, read once from the kind field's postings (three terms): what the
/// kind facet counts per matching work, without touching stored fields.
/// </summary>
internal static class DocumentKinds
{
    public static byte[] Read(IndexReader reader)
    {
        var kinds = new byte[reader.MaxDoc];
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(IndexFields.Kind);
            if (terms is null) continue;
            var termsEnum = terms.GetEnumerator();
            DocsEnum? docs = null;
            while (termsEnum.MoveNext())
            {
                var kind = (byte)KindOf(termsEnum.Term.Utf8ToString());
                docs = termsEnum.Docs(null, docs, DocsFlags.NONE);
                for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc()) kinds[leaf.DocBase + doc] = kind;
            }
        }

        return kinds;
    }

    private static WorkKind KindOf(string name) =>
        Enum.GetValues<WorkKind>().FirstOrDefault(kind => LuceneIndexWriter.KindName(kind) == name);
}
