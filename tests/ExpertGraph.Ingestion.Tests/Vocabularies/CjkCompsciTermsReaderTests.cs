using ExpertGraph.Ingestion.Vocabularies;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Vocabularies;

/// <summary>cjk-compsci-terms tables, values read off ai-ml.yaml and concurrency.yaml by hand.</summary>
public sealed class CjkCompsciTermsReaderTests
{
    [Test]
    public void Read_ArtificialIntelligence_FirstEntryOfAiMl()
    {
        var first = CjkCompsciTermsReader.Read(SharedData.Path("vocabularies/cjk-compsci-terms/ai-ml.yaml"))[0];

        Assert.That(first.English, Is.EqualTo(new[] { "artificial intelligence" }));
        Assert.That(first.ZhCn, Is.EqualTo(new[] { "人工智能" }));
        Assert.That(first.ZhTw, Is.EqualTo(new[] { "人工智慧" }));
        Assert.That(first.Line, Is.EqualTo(2));
    }

    [Test]
    public void Read_MachineLearning_SimplifiedTextComesFromThePiecesNotTheTraditionalKey()
    {
        // zh-CN key 機器學習, pieces 机器 + 学习 (space: no).
        var entry = CjkCompsciTermsReader.Read(SharedData.Path("vocabularies/cjk-compsci-terms/ai-ml.yaml"))[1];

        Assert.That(entry.English, Is.EqualTo(new[] { "machine learning" }));
        Assert.That(entry.ZhCn, Is.EqualTo(new[] { "机器学习" }));
    }

    [Test]
    public void ReadFolder_AllEntriesIncludingOnesWithTrailingComments()
    {
        var entries = CjkCompsciTermsReader.ReadFolder(SharedData.Path("vocabularies/cjk-compsci-terms"));

        Assert.That(entries, Has.Count.EqualTo(259));
        Assert.That(entries.Single(e => e.File == "concurrency.yaml" && e.English.Contains("lock")).ZhCn, Does.Contain("互斥锁"));
    }
}
