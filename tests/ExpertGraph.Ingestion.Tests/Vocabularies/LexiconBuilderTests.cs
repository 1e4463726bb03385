using ExpertGraph.Core.Lexicon;
using ExpertGraph.Ingestion.Vocabularies;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Vocabularies;

/// <summary>
/// The whole build on the real vocabularies: it reproduces the committed lexicon/ files byte for byte, meets the
/// targets of issue 4, and makes the merges (and refuses the ones) read off the vocabularies by hand.
/// </summary>
public sealed class LexiconBuilderTests
{
    private static readonly string[] BuiltFiles = [LexiconFiles.ConceptsFile, LexiconFiles.TermsFile, LexiconFiles.AlignmentsFile];
    private string _folder = "";
    private LexiconBuildResult _result = null!;
    private Dictionary<string, Concept> _concepts = null!;

    [OneTimeSetUp]
    public void BuildOnce()
    {
        var vocabularies = SharedData.Path("vocabularies");
        _folder = Path.Combine(Path.GetTempPath(), "expertgraph-lexicon-" + Guid.NewGuid().ToString("N"));
        _result = LexiconBuilder.Build(vocabularies);
        LexiconFiles.Write(_folder, _result.Data, LexiconBuilder.Header);
        _concepts = _result.Data.Concepts.ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    [OneTimeTearDown]
    public void DeleteFolder()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [TestCaseSource(nameof(BuiltFiles))]
    public void Build_ReproducesTheCommittedFileByteForByte(string file)
    {
        var committed = File.ReadAllBytes(RepositoryPaths.Path(Path.Combine("lexicon", file)));
        var built = File.ReadAllBytes(Path.Combine(_folder, file));

        Assert.That(built.Length, Is.EqualTo(committed.Length), $"lexicon/{file} is stale: rebuild it (see its header)");
        Assert.That(built.SequenceEqual(committed), Is.True, $"lexicon/{file} is stale: rebuild it (see its header)");
    }

    [Test]
    public void CommittedLexicon_MeetsTheTargetsAndLoads()
    {
        var data = LexiconFiles.Read(RepositoryPaths.Path("lexicon"));
        var upper = data.Concepts.Where(c => c.Level <= 3).ToList();

        Assert.That(data.Terms, Has.Count.GreaterThanOrEqualTo(300_000));
        Assert.That(data.Concepts, Has.Count.GreaterThanOrEqualTo(50_000));
        Assert.That(upper.Count(c => c.LabelZh.Length > 0), Is.GreaterThanOrEqualTo(upper.Count * 9 / 10));
        Assert.That(new Lexicon(data).Concepts, Has.Count.EqualTo(data.Concepts.Count), "every parent and term names a concept");
        Assert.That(_result.Counts.MeetsTargets, Is.True);
    }

    [Test]
    public void Build_OpenAlexMathematicsAbsorbsNsfcMathematicsAndMeshMathematics()
    {
        var mathematics = _concepts["OA:F26"];

        Assert.That(mathematics.Sources, Is.EqualTo(new[] { "OA:F26", "MESH:D008433", "NSFC:A01" }));
        Assert.That((mathematics.LabelZh, mathematics.LabelEn, mathematics.Level), Is.EqualTo(("数学", "Mathematics", 2)));
        Assert.That(_result.Data.Alignments, Does.Contain(new ConceptAlignment("OA:F26", "NSFC:A01", "en-label:mathematic")));
        Assert.That(_concepts["NSFC:A0101"].ParentIds, Is.EqualTo(new[] { "OA:F26" }), "数论's parent A01 is now OA:F26");
    }

    [Test]
    public void Build_ChemistryIsOneConceptOfOpenAlexAcmAndMesh()
    {
        Assert.That(_concepts["OA:F16"].Sources, Is.EqualTo(new[] { "OA:F16", "ACM:10010436", "MESH:D002621" }));
        Assert.That(_concepts.ContainsKey("ACM:10010436"), Is.False);
        Assert.That(_result.Data.Alignments.Where(a => a.ConceptId == "OA:F16").Select(a => a.Evidence).Distinct(), Is.EqualTo(new[] { "en-label:chemistry" }));
    }

    [Test]
    public void Build_GeneticsNamedTwiceInOpenAlex_NeitherSubfieldTakesMeshGenetics()
    {
        Assert.That(_concepts["OA:S1311"].Sources, Is.EqualTo(new[] { "OA:S1311" }));
        Assert.That(_concepts["OA:S2716"].Sources, Is.EqualTo(new[] { "OA:S2716" }));
        Assert.That(_result.Data.Alignments.Where(a => a.MergedId == "MESH:D005823").Select(a => a.ConceptId), Is.EqualTo(new[] { "ACM:10010935" }));
    }

    [Test]
    public void Build_CuratedDistinctTrees_StayApart()
    {
        Assert.That(_concepts["ACM:10003634"].Sources, Is.EqualTo(new[] { "ACM:10003634" }));
        Assert.That(_concepts["MESH:D014197"].Sources, Is.EqualTo(new[] { "MESH:D014197" }));
    }

    [Test]
    public void Build_DeepMeshDescriptorIsFoldedOntoLevelNine()
    {
        Assert.That(_concepts["MESH:D000069293"].Level, Is.EqualTo(9));
        Assert.That(_concepts["MESH:D000069293"].ParentIds, Is.EqualTo(new[] { "MESH:D016403" }));
    }

    [Test]
    public void Build_CuratedChineseLabelsReachTheUpperLevels()
    {
        Assert.That(_concepts["OA:S3104"].LabelZh, Is.EqualTo("凝聚态物理"));
        Assert.That(_concepts["MESH:CAT:C"].LabelZh, Is.EqualTo("疾病"));
        Assert.That(_result.Data.Terms, Does.Contain(new LexiconTerm("OA:S3104", "凝聚态物理", TermLanguage.Zh, TermKind.Preferred, 1f, "CURATED")));
    }

    [Test]
    public void Build_CuratedTranslationsJoinRobotAndLabelConceptsCedictLacks()
    {
        // lexicon/curated/zh-terms.tsv: "ACM:10010554  机器人  Robotics …", "ACM:10003697  聚类分析  Cluster analysis".
        Assert.That(_result.Data.Terms, Does.Contain(new LexiconTerm("ACM:10010554", "机器人", TermLanguage.Zh, TermKind.Translation, 0.9f, "CURATED")));
        Assert.That(_concepts["ACM:10003697"].LabelZh, Is.EqualTo("聚类分析"));
        Assert.That(_result.Data.Alignments, Does.Contain(new ConceptAlignment("ACM:10003697", "CURATED:zh-terms", "translation:聚类分析=Cluster analysis")));
    }

    [Test]
    public void Build_CuratedChineseLabel_MergesMeshDiabetesWithNsfcDiabetes()
    {
        // zh-labels.tsv gives MeSH D003920 Diabetes Mellitus the label 糖尿病, which NSFC H0713 has.
        Assert.That(_concepts["NSFC:H0713"].Sources, Is.EqualTo(new[] { "NSFC:H0713", "MESH:D003920" }));
        Assert.That(_result.Data.Alignments, Does.Contain(new ConceptAlignment("NSFC:H0713", "MESH:D003920", "zh-label:糖尿病")));
    }

    [Test]
    public void Build_CedictTranslatesMeshNeoplasmsAndGraphene()
    {
        // CC-CEDICT: 腫瘤 肿瘤 [zhong3 liu2] /tumor/ ; MeSH D009369 Neoplasms has the entry term "Tumor".
        var neoplasms = _result.Data.Terms.Where(t => t.ConceptId == "MESH:D009369" && t.Language == TermLanguage.Zh).Select(t => t.Text);

        Assert.That(neoplasms, Does.Contain("肿瘤"));
    }
}
