using ExpertGraph.Core.Lexicon;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Tests.Lexicon;

public sealed class CompiledLexiconTests
{
    private const string Text = "機器學習 with a CNN for non-small-cell lung carcinoma";
    private string _folder = "";

    [SetUp]
    public void WriteLexicon()
    {
        _folder = Directory.CreateTempSubdirectory("eg-lexicon-").FullName;
        var lexicon = SmallLexicon.Create();
        var terms = Enumerable.Range(0, lexicon.Concepts.Count).SelectMany(lexicon.Terms).ToList();
        LexiconFiles.Write(_folder, new LexiconData(lexicon.Concepts, terms, [new ConceptAlignment("T:ML", "OA:T1", "label:machine learning")]), ["test"]);
        File.WriteAllText(Path.Combine(_folder, TraditionalChineseTable.FileName), "traditional\tsimplified\n機\t机\n學\t学\n習\t习\n");
    }

    [TearDown]
    public void DeleteLexicon() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Load_SecondTime_ComesFromTheCacheAndTagsTheSame()
    {
        var first = CompiledLexicon.Load(_folder);
        var second = CompiledLexicon.Load(_folder);
        Assert.That(first.FromCache, Is.False);
        Assert.That(second.FromCache, Is.True);
        Assert.That(second.Tagger.Tag(Text), Is.EqualTo(first.Tagger.Tag(Text)));
        Assert.That(Describe(second.Tagger, Text), Is.EqualTo("T:ML|机器学习|0|4;T:CNN|CNN|12|3;T:NEWS|CNN|12|3;T:NSCLC|non-small-cell lung carcinoma|20|29"));
        Assert.That(second.Tagger.Lexicon.Alignments, Is.EqualTo(first.Tagger.Lexicon.Alignments));
        Assert.That(second.Tagger.Lexicon.Concepts, Is.EqualTo(first.Tagger.Lexicon.Concepts).Using<Concept>(SameConcept));
    }

    [TestCase(100)]
    [TestCase(-20)]
    public void Load_CorruptedByte_RebuildsAndRewrites(int offset)
    {
        CompiledLexicon.Load(_folder);
        var path = Path.Combine(_folder, CompiledLexicon.FileName);
        var bytes = File.ReadAllBytes(path);
        var index = offset >= 0 ? offset : bytes.Length + offset;
        bytes[index] ^= 0x5A;
        File.WriteAllBytes(path, bytes);

        var rebuilt = CompiledLexicon.Load(_folder);
        Assert.That(rebuilt.FromCache, Is.False);
        Assert.That(Describe(rebuilt.Tagger, Text), Does.StartWith("T:ML|机器学习|0|4;"));
        Assert.That(CompiledLexicon.Load(_folder).FromCache, Is.True);
    }

    [TestCase(0)]
    [TestCase(10)]
    [TestCase(200)]
    public void Load_TruncatedFile_Rebuilds(int length)
    {
        CompiledLexicon.Load(_folder);
        var path = Path.Combine(_folder, CompiledLexicon.FileName);
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..length]);
        Assert.That(CompiledLexicon.Load(_folder).FromCache, Is.False);
    }

    [Test]
    public void Load_ChangedSourceFile_Rebuilds()
    {
        CompiledLexicon.Load(_folder);
        File.AppendAllText(Path.Combine(_folder, LexiconFiles.TermsFile), "T:CELL\tcytoplasm\ten\tsynonym\t0.5\tTEST\n");
        var reloaded = CompiledLexicon.Load(_folder);
        Assert.That(reloaded.FromCache, Is.False);
        Assert.That(Describe(reloaded.Tagger, "cytoplasm"), Is.EqualTo("T:CELL|cytoplasm|0|9"));
    }

    [Test]
    public void Load_DifferentExtraTerms_Rebuilds()
    {
        CompiledLexicon.Load(_folder);
        var extra = new[] { SmallLexicon.Term("T:CNN", "convnet", weight: 0.4f, source: "MINED:W1") };
        var withExtra = CompiledLexicon.Load(_folder, extraTerms: extra);
        Assert.That(withExtra.FromCache, Is.False);
        Assert.That(Describe(withExtra.Tagger, "convnet"), Is.EqualTo("T:CNN|convnet|0|7"));
        Assert.That(CompiledLexicon.Load(_folder, extraTerms: extra).FromCache, Is.True);
    }

    [Test]
    public void Load_SeparateCacheFolder_LeavesTheLexiconFolderAlone()
    {
        var cache = Path.Combine(_folder, "cache");
        CompiledLexicon.Load(_folder, cache);
        Assert.That(File.Exists(Path.Combine(cache, CompiledLexicon.FileName)), Is.True);
        Assert.That(File.Exists(Path.Combine(_folder, CompiledLexicon.FileName)), Is.False);
        Assert.That(CompiledLexicon.Load(_folder, cache).FromCache, Is.True);
    }

    [Test]
    public void LexiconLoader_ExplicitFolderWithoutFiles_NamesTheFolder()
    {
        var empty = Path.Combine(_folder, "empty");
        Directory.CreateDirectory(empty);
        Assert.That(() => LexiconLoader.Load(empty),
            Throws.TypeOf<ExpertGraphException>().With.Message.StartsWith($"no lexicon in {empty} (concepts.tsv and terms.tsv expected)"));
    }

    [Test]
    public void LexiconLocation_PrefersExplicitThenEnvironmentThenProgramFolder()
    {
        var saved = Environment.GetEnvironmentVariable(LexiconLocation.EnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(LexiconLocation.EnvironmentVariable, _folder);
            Assert.That(LexiconLocation.Resolve("/somewhere/else"), Is.EqualTo("/somewhere/else"));
            Assert.That(LexiconLocation.Resolve(), Is.EqualTo(_folder));
            Assert.That(Describe(LexiconLoader.Load(), "机器学习"), Is.EqualTo("T:ML|机器学习|0|4"));
            Environment.SetEnvironmentVariable(LexiconLocation.EnvironmentVariable, null);
            Assert.That(LexiconLocation.Resolve(), Is.EqualTo(Path.Combine(AppContext.BaseDirectory, "lexicon")));
        }
        finally
        {
            Environment.SetEnvironmentVariable(LexiconLocation.EnvironmentVariable, saved);
        }
    }

    [Test]
    public void ProgramFolder_HasTheRepositoryLexiconFiles() =>
        Assert.That(File.Exists(Path.Combine(AppContext.BaseDirectory, "lexicon", "countries.tsv")), Is.True);

    private static bool SameConcept(Concept a, Concept b) =>
        a.Id == b.Id && a.Level == b.Level && a.ParentIds.SequenceEqual(b.ParentIds) && a.LabelZh == b.LabelZh
        && a.LabelEn == b.LabelEn && a.Sources.SequenceEqual(b.Sources);

    private static string Describe(ConceptTagger tagger, string text) => string.Join(';', tagger.Tag(text).Select(m =>
        $"{tagger.Lexicon.Concepts[m.Concept].Id}|{m.Term}|{m.Start}|{m.Length}"));
}
