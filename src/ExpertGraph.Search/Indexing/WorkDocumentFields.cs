using Lucene.Net.Documents;

namespace ExpertGraph.Search.Indexing;

/// <summary>
/// The field instances of a work document, reused from one document to the next (Lucene's advice for indexing speed:
/// a field keeps its token stream, so a reused field does not rebuild its attributes per document).
/// </summary>
internal sealed class WorkDocumentFields
{
    public StringField Key { get; } = new(IndexFields.Key, "", Field.Store.YES);
    public StoredField WorkId { get; } = new(IndexFields.WorkId, 0L);
    public StringField Kind { get; } = new(IndexFields.Kind, "", Field.Store.YES);
    public StoredField Title { get; } = new(IndexFields.Title, "");
    public Int32Field Year { get; } = new(IndexFields.Year, 0, Field.Store.YES);
    public TextField TitleEn { get; } = new(IndexFields.TitleEn, "", Field.Store.NO);
    public TextField TitleZh { get; } = new(IndexFields.TitleZh, "", Field.Store.NO);
    public TextField AbstractEn { get; } = new(IndexFields.AbstractEn, "", Field.Store.NO);
    public TextField AbstractZh { get; } = new(IndexFields.AbstractZh, "", Field.Store.NO);
    public TextField KeywordsEn { get; } = new(IndexFields.KeywordsEn, "", Field.Store.NO);
    public TextField KeywordsZh { get; } = new(IndexFields.KeywordsZh, "", Field.Store.NO);
    public TextField Persons { get; } = new(IndexFields.Person, "", Field.Store.YES);
    public NumericDocValuesField WorkIdValue { get; } = new(IndexFields.WorkIdValue, 0L);
    public BinaryDocValuesField PersonValues { get; } = new(IndexFields.PersonValues, new Lucene.Net.Util.BytesRef());
    public TextField Countries { get; } = new(IndexFields.Country, "", Field.Store.NO);
    public TextField Concepts { get; } = new(IndexFields.Concept, "", Field.Store.NO);
    public TextField ConceptPaths { get; } = new(IndexFields.ConceptPath, "", Field.Store.NO);
}
