using ExpertGraph.Ingestion.Pipeline;
using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Query;
using ExpertGraph.Search.Experts;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Integration.Tests.Search;

/// <summary>
/// Cross-lingual search on real records tagged with the committed lexicon: a Chinese query finds the same experts as
/// its English equivalent, though almost every work in the corpus is written in English only.
/// </summary>
[TestFixture]
public sealed class BilingualSearchTests
{
    private const int Top = 5;

    /// <summary>Chinese and English names of one field or technique, each present in the corpus.</summary>
    public static readonly (string Chinese, string English)[] Pairs =
    [
        ("蛋白质", "proteins"),
        ("肿瘤", "neoplasms"),
        ("电池", "battery"),
        ("语音识别", "speech recognition"),
        ("催化", "catalysis"),
        ("疫苗", "vaccines"),
        ("激光", "lasers"),
        ("基因组", "genome"),
        ("抗体", "antibodies"),
        ("生物多样性", "biodiversity"),
        ("机器学习", "machine learning"),
        ("气候变化", "climate change"),
        ("半导体", "semiconductors"),
        ("神经网络", "neural networks"),
        ("图像处理", "image processing"),
        ("机器人", "robotics"),
        ("微生物学", "microbiology"),
        ("物联网", "internet of things"),
        ("生态系统", "ecosystem"),
        ("可持续发展", "sustainable development"),
        ("计算机视觉", "computer vision"),
        ("数据挖掘", "data mining"),
        ("噬菌体", "bacteriophages"),
        ("真菌", "fungi"),
        ("酵母", "yeasts"),
        ("光合作用", "photosynthesis"),
        ("大肠杆菌", "escherichia coli"),
        ("转录因子", "transcription factors"),
        ("细菌", "bacteria"),
        ("病毒", "viruses"),
        ("抗生素", "antibiotics"),
        ("生物膜", "biofilms"),
        ("高分子", "polymers"),
        ("糖尿病", "diabetes mellitus"),
        ("基因组学", "genomics"),
    ];

    /// <summary>
    /// Pairs the lexicon does not join yet (issue 4 stays open on them), run and reported as ignored with the reason:
    /// the corpus has no work on the topic (石墨烯/graphene, 量子计算/quantum computing); no concept means lithography
    /// (光刻: only an OpenAlex topic keyword); the English names more concepts than the Chinese ("clustering").
    /// </summary>
    public static readonly (string Chinese, string English)[] KnownGaps =
    [
        ("石墨烯", "graphene"),
        ("光刻", "lithography"),
        ("量子计算", "quantum computing"),
        ("聚类", "clustering"),
    ];

    private TempDataFolder _temp = null!;
    private Workspace _workspace = null!;
    private ExpertSearcher _searcher = null!;

    [OneTimeSetUp]
    public async Task IngestRealRecordsWithTheLexicon()
    {
        _temp = new TempDataFolder("eg-bilingual-");
        _workspace = Workspace.Open(new DataDirectory(_temp.Sub("data")));
        Assert.That(_workspace.Lexicon, Is.Not.Null, "the committed lexicon is installed beside the tests");
        await _workspace.IngestAsync([.. MixedInputs.All(), SharedData.Path("records/openalex-works-json")], new IngestionOptions(), null, CancellationToken.None);
        _searcher = _workspace.OpenSearcher();
    }

    [OneTimeTearDown]
    public void Cleanup()
    {
        _searcher?.Dispose();
        _workspace?.Dispose();
        _temp?.Dispose();
    }

    [TestCaseSource(nameof(Pairs))]
    public void Search_ChineseQueryAndItsEnglishEquivalent_SameTopExperts((string Chinese, string English) pair) => AssertSameTopExperts(pair);

    [Test]
    public void Search_ChineseWordForBiodiversity_FindsExpertsWhoNeverWroteChinese()
    {
        // The corpus has no English polymer works (高分子 in the issue); its biodiversity works are all in English.
        var result = _searcher.Search(new ExpertQuery("生物多样性") { Limit = Top });

        Assert.That(result.Experts, Is.Not.Empty);
        var titles = result.Experts.SelectMany(e => e.TopWorks).Select(w => w.Title).ToList();
        Assert.That(titles, Has.None.Matches<string>(title => ExpertGraph.Core.Text.ScriptDetector.ContainsHan(title)), "no top work has a Chinese title");
        Assert.That(result.Experts[0].TopWorks[0].Title, Does.Contain("Biological Diversity").Or.Contain("Biodiversity"));
    }

    [TestCaseSource(nameof(KnownGaps))]
    public void Search_PairTheLexiconDoesNotJoinYet_ReportedAsAGap((string Chinese, string English) pair)
    {
        try
        {
            AssertSameTopExperts(pair);
        }
        catch (AssertionException ex)
        {
            Assert.Ignore($"lexicon gap, issue 4: {pair.Chinese} / {pair.English}: {ex.Message.Trim()}");
        }
    }

    private void AssertSameTopExperts((string Chinese, string English) pair)
    {
        var zh = _searcher.Search(new ExpertQuery(pair.Chinese) { Limit = Top });
        var en = _searcher.Search(new ExpertQuery(pair.English) { Limit = Top });

        Assert.That(zh.Expansion!.Concepts, Is.Not.Empty, $"{pair.Chinese} names a concept");
        Assert.That(en.Experts, Is.Not.Empty, $"the corpus has experts on {pair.English}");
        Assert.That(zh.Experts.Select(e => e.Person.Id), Is.EqualTo(en.Experts.Select(e => e.Person.Id)));
    }
}
