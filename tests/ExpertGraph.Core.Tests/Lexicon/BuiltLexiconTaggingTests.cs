using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Core.Tests.Lexicon;

/// <summary>
/// The tagger over the built lexicon (lexicon/*.tsv, copied beside the tests; EXPERTGRAPH_LEXICON overrides).
/// Expected concepts and terms were read off lexicon/terms.tsv by hand: "Machine learning" is the preferred term of
/// ACM:10010257 (its 31 OpenAlex near-synonym topics are too vague to tag), "Graphene" of MESH:M0545269 (the
/// one-word OpenAlex near-synonyms are not compiled), "机器学习" its CJK-CS translation.
/// </summary>
public sealed class BuiltLexiconTaggingTests
{
    private ConceptTagger _tagger = null!;
    private string _cache = "";

    [OneTimeSetUp]
    public void Load()
    {
        if (!LexiconFiles.Exists(LexiconLocation.Resolve()))
            Assert.Ignore("the built lexicon (lexicon/concepts.tsv, terms.tsv) is not in this checkout yet");
        _cache = Directory.CreateTempSubdirectory("eg-lexicon-cache-").FullName;
        _tagger = LexiconLoader.Load(cacheFolder: _cache);
    }

    [OneTimeTearDown]
    public void DeleteCache()
    {
        if (_cache.Length > 0) Directory.Delete(_cache, recursive: true);
    }

    [Test]
    public void Tag_EnglishAndChineseTerms_MeetOnOneConcept() =>
        Assert.That(Describe("Machine learning for graphene synthesis; 机器学习"), Is.EqualTo(
            "ACM:10010257|Machine learning|0|16;MESH:M0545269|Graphene|21|8;ACM:10010257|机器学习|41|4"));

    [Test]
    [SetCulture("tr-TR")]
    public void Tag_UnderTurkishCulture_GivesTheSameMatches() =>
        Assert.That(Describe("MACHINE LEARNING FOR GRAPHENE"), Is.EqualTo("ACM:10010257|Machine learning|0|16;MESH:M0545269|Graphene|21|8"));

    private string Describe(string text) => string.Join(';', _tagger.Tag(text).Select(m =>
        $"{_tagger.Lexicon.Concepts[m.Concept].Id}|{m.Term}|{m.Start}|{m.Length}"));
}
