using System.Globalization;
using ExpertGraph.Core.Indexing;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Core.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ExpertGraph.Search.Indexing;

/// <summary>
/// Writes the works and experts indexes under one folder (works/, experts/). Documents are keyed (work source key,
/// person id) and written with UpdateDocument, so sending a document again replaces it: re-indexing is idempotent.
/// </summary>
public sealed class LuceneIndexWriter : IWorkIndexWriter
{
    private readonly LuceneDirectory _worksDirectory;
    private readonly LuceneDirectory _expertsDirectory;
    private readonly IndexWriter _works;
    private readonly IndexWriter _experts;

    public LuceneIndexWriter(string indexFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexFolder);
        _worksDirectory = FSDirectory.Open(Path.Combine(indexFolder, "works"));
        _expertsDirectory = FSDirectory.Open(Path.Combine(indexFolder, "experts"));
        _works = new IndexWriter(_worksDirectory, Config());
        _experts = new IndexWriter(_expertsDirectory, Config());
    }

    public void IndexWork(WorkId id, Work work, IReadOnlyList<PersonId> persons, IReadOnlyList<string> countryCodes)
    {
        var key = work.Key.ToString();
        var document = new Document
        {
            new StringField(IndexFields.Key, key, Field.Store.YES),
            new StoredField(IndexFields.WorkId, id.Value),
            new StringField(IndexFields.Kind, KindName(work.Kind), Field.Store.YES),
            new StoredField(IndexFields.Title, work.Title),
        };
        if (work.Year is { } year)
        {
            document.Add(new Int32Field(IndexFields.Year, year, Field.Store.YES));
        }

        AddText(document, work.Title, IndexFields.TitleEn, IndexFields.TitleZh);
        if (!string.IsNullOrEmpty(work.Abstract)) AddText(document, work.Abstract, IndexFields.AbstractEn, IndexFields.AbstractZh);
        foreach (var keyword in work.Keywords) AddText(document, keyword, IndexFields.KeywordsEn, IndexFields.KeywordsZh);
        foreach (var person in persons)
            document.Add(new StringField(IndexFields.Person, person.Value.ToString(CultureInfo.InvariantCulture), Field.Store.YES));
        foreach (var country in countryCodes) document.Add(new StringField(IndexFields.Country, country, Field.Store.NO));
        _works.UpdateDocument(new Term(IndexFields.Key, key), document);
    }

    public void IndexExperts(IReadOnlyList<PersonProfile> profiles)
    {
        foreach (var profile in profiles)
        {
            var id = profile.Id.Value.ToString(CultureInfo.InvariantCulture);
            var document = new Document
            {
                new StringField(IndexFields.PersonId, id, Field.Store.YES),
                new StoredField(IndexFields.DisplayName, profile.DisplayName),
            };
            AddText(document, profile.DisplayName, IndexFields.Name, IndexFields.NameZh);
            foreach (var variant in profile.NameVariants) AddText(document, variant, IndexFields.Name, IndexFields.NameZh);
            foreach (var institution in profile.Institutions) AddText(document, institution, IndexFields.Institution, IndexFields.InstitutionZh);
            if (profile.CountryCode is { } country) document.Add(new StringField(IndexFields.Country, country, Field.Store.YES));
            _experts.UpdateDocument(new Term(IndexFields.PersonId, id), document);
        }
    }

    public void Commit()
    {
        _works.Commit();
        _experts.Commit();
    }

    public void Dispose()
    {
        _works.Dispose();
        _experts.Dispose();
        _worksDirectory.Dispose();
        _expertsDirectory.Dispose();
    }

    internal static string KindName(WorkKind kind) => kind switch
    {
        WorkKind.Paper => "paper",
        WorkKind.Patent => "patent",
        WorkKind.Project => "project",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static void AddText(Document document, string text, string englishField, string chineseField) =>
        document.Add(new TextField(ScriptDetector.ContainsHan(text) ? chineseField : englishField, text, Field.Store.NO));

    private static IndexWriterConfig Config() => new(IndexAnalyzers.Version, IndexAnalyzers.Create())
    {
        OpenMode = OpenMode.CREATE_OR_APPEND,
        RAMBufferSizeMB = 64,
    };
}
