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
    private readonly WorkDocumentFields _workFields = new();

    /// <param name="indexFolder">The folder holding the works and experts indexes.</param>
    /// <param name="acceptUncommitted">
    /// Whether files without any commit may be replaced: true when the caller knows no documents were ever committed
    /// there (a run killed before its first index commit); false treats a missing segments file as damage.
    /// </param>
    public LuceneIndexWriter(string indexFolder, bool acceptUncommitted = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexFolder);
        var works = Path.Combine(indexFolder, "works");
        var experts = Path.Combine(indexFolder, "experts");
        _worksDirectory = FSDirectory.Open(works);
        _expertsDirectory = FSDirectory.Open(experts);
        if (acceptUncommitted)
        {
            DropUnfinishedFirstCommit(_worksDirectory);
            DropUnfinishedFirstCommit(_expertsDirectory);
        }

        // A writer opened on an index whose last commit is unreadable would start a new, empty one and delete the old
        // files as unreferenced: refuse instead, so the damage is reported and the old files stay for inspection.
        IndexIntegrity.ThrowIfDamagedOrUncommitted(works, acceptUncommitted);
        IndexIntegrity.ThrowIfDamagedOrUncommitted(experts, acceptUncommitted);
        _works = OpenWriter(_worksDirectory, Path.Combine(indexFolder, "works"));
        _experts = OpenWriter(_expertsDirectory, Path.Combine(indexFolder, "experts"));
    }

    /// <summary>Adds or replaces a work's document. Not thread-safe: one ingestion write stage calls it.</summary>
    public void IndexWork(WorkId id, Work work, IReadOnlyList<PersonId> persons, IReadOnlyList<string> countryCodes)
    {
        var key = work.Key.ToString();
        var f = _workFields;
        f.Key.SetStringValue(key);
        f.WorkId.SetInt64Value(id.Value);
        f.Kind.SetStringValue(KindName(work.Kind));
        f.Title.SetStringValue(work.Title);
        f.WorkIdValue.SetInt64Value(id.Value);
        var document = new Document { f.Key, f.WorkId, f.WorkIdValue, f.Kind, f.Title };
        if (work.Year is { } year)
        {
            f.Year.SetInt32Value(year);
            document.Add(f.Year);
        }

        AddText(document, work.Title, f.TitleEn, f.TitleZh);
        if (!string.IsNullOrEmpty(work.Abstract)) AddText(document, work.Abstract, f.AbstractEn, f.AbstractZh);
        AddKeywords(document, work.Keywords, f.KeywordsEn, f.KeywordsZh);

        // Person ids and countries go in as one whitespace-separated field each rather than a StringField per value:
        // each new StringField builds its own token stream and attributes, which profiling showed costs more than the text.
        if (persons.Count > 0)
        {
            f.Persons.SetStringValue(string.Join(' ', persons.Select(p => p.Value.ToString(CultureInfo.InvariantCulture))));
            document.Add(f.Persons);
            var bytes = new byte[persons.Count * sizeof(long)];
            for (var i = 0; i < persons.Count; i++) System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(i * sizeof(long)), persons[i].Value);
            f.PersonValues.SetBytesValue(new Lucene.Net.Util.BytesRef(bytes));
            document.Add(f.PersonValues);
        }

        if (countryCodes.Count > 0)
        {
            f.Countries.SetStringValue(string.Join(' ', countryCodes));
            document.Add(f.Countries);
        }

        if (work.Concepts.Count > 0)
        {
            var matched = ConceptField(work.Concepts.Where(c => c.Matched));
            var ancestors = ConceptField(work.Concepts.Where(c => !c.Matched));
            if (matched.Length > 0)
            {
                f.Concepts.SetStringValue(matched);
                document.Add(f.Concepts);
            }

            if (ancestors.Length > 0)
            {
                f.ConceptPaths.SetStringValue(ancestors);
                document.Add(f.ConceptPaths);
            }
        }

        _works.UpdateDocument(new Term(IndexFields.Key, key), document);
    }

    /// <summary>
    /// Concept ids, each written once per quarter of its weight (at least once): the field's term frequency carries the
    /// tag's weight, so a work about graphene outranks one that mentions it in passing.
    /// </summary>
    private static string ConceptField(IEnumerable<WorkConcept> concepts) =>
        string.Join(' ', concepts.SelectMany(c => Enumerable.Repeat(c.ConceptId, Math.Max(1, (int)Math.Round(c.Weight * ConceptRepeats, MidpointRounding.AwayFromZero)))));

    private const int ConceptRepeats = 4;

    public void IndexExperts(IReadOnlyList<PersonProfile> profiles)
    {
        foreach (var profile in profiles)
        {
            var id = profile.Id.Value.ToString(CultureInfo.InvariantCulture);
            if (!profile.HasWorks)
            {
                // A person without works is no expert: its document, if an earlier profile wrote one, goes.
                _experts.DeleteDocuments(new Term(IndexFields.PersonId, id));
                continue;
            }

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

    public void DeleteExperts(IReadOnlyCollection<PersonId> persons)
    {
        ArgumentNullException.ThrowIfNull(persons);
        foreach (var person in persons)
            _experts.DeleteDocuments(new Term(IndexFields.PersonId, person.Value.ToString(CultureInfo.InvariantCulture)));
    }

    public void Commit()
    {
        _works.Commit();
        _experts.Commit();
    }

    /// <summary>
    /// Discards everything since the last commit and closes the writer. After a failed run, call this instead of only
    /// disposing: Lucene's dispose commits, which on a full disk fails again and hides the first failure.
    /// </summary>
    public void Rollback()
    {
        RollBack(_works);
        RollBack(_experts);

        static void RollBack(IndexWriter writer)
        {
            try
            {
                writer.Rollback();
            }
            catch (IOException)
            {
                // Rollback closes the writer even when it fails; the last commit is intact and the next writer starts from it.
            }
        }
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

    private static void AddText(Document document, string text, Field english, Field chinese)
    {
        var field = ScriptDetector.ContainsHan(text) ? chinese : english;
        field.SetStringValue(text);
        document.Add(field);
    }

    private static void AddKeywords(Document document, IReadOnlyList<string> keywords, Field english, Field chinese)
    {
        if (keywords.Count == 0) return;
        // One field per language, keywords separated by a sentence mark so no phrase spans two keywords' words unnoticed.
        var en = string.Join(" ; ", keywords.Where(k => !ScriptDetector.ContainsHan(k)));
        var zh = string.Join(" ； ", keywords.Where(k => ScriptDetector.ContainsHan(k)));
        if (en.Length > 0)
        {
            english.SetStringValue(en);
            document.Add(english);
        }

        if (zh.Length > 0)
        {
            chinese.SetStringValue(zh);
            document.Add(chinese);
        }
    }

    private static IndexWriter OpenWriter(LuceneDirectory directory, string folder)
    {
        try
        {
            return new IndexWriter(directory, Config());
        }
        catch (Exception ex) when (IndexIntegrity.IsDamage(ex) && ex is not LockObtainFailedException)
        {
            throw new IndexDamagedException(folder, IndexIntegrity.Describe(ex), ex);
        }
    }

    /// <summary>
    /// kill -9 during the index's first commit (Lucene 4.8 writes segments_1 in place) leaves it half-written and every
    /// later open failing, in any open mode. Called only when nothing in it was acknowledged (no file was checkpointed
    /// complete, which happens only after the commit of its documents returned): the unfinished commit point goes, and
    /// the writer then removes the segment files no commit refers to.
    /// </summary>
    private static void DropUnfinishedFirstCommit(LuceneDirectory directory)
    {
        if (!FirstCommitUnfinished(directory)) return;
        var files = directory.ListAll();
        foreach (var file in new[] { FirstCommitFile, IndexFileNames.SEGMENTS_GEN })
            if (files.Contains(file, StringComparer.Ordinal)) directory.DeleteFile(file);
    }

    private static string FirstCommitFile => IndexFileNames.FileNameFromGeneration(IndexFileNames.SEGMENTS, "", 1);

    /// <summary>Whether the index's only commit point is a segments_1 that cannot be read: a first commit cut short.</summary>
    private static bool FirstCommitUnfinished(LuceneDirectory directory)
    {
        if (SegmentInfos.GetLastCommitGeneration(directory) != 1) return false;
        try
        {
            new SegmentInfos().Read(directory, FirstCommitFile);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    private static IndexWriterConfig Config() => new(IndexAnalyzers.Version, IndexAnalyzers.Create())
    {
        OpenMode = OpenMode.CREATE_OR_APPEND,
        RAMBufferSizeMB = 64,
    };
}
