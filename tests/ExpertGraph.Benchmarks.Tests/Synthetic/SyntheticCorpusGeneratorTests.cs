using System.Security.Cryptography;
using ExpertGraph.Benchmarks.Synthetic;

namespace ExpertGraph.Benchmarks.Tests.Synthetic;

public sealed class SyntheticCorpusGeneratorTests
{
    private const int Works = 2_000;

    [Test]
    public void Write_SameSeed_WritesByteIdenticalFiles()
    {
        var names = GeneratedCorpus.LoadSources();
        const int seed = 7;
        TestContext.Out.WriteLine($"seed {seed}");

        // One writer thread against two: the files must not depend on which file is written first.
        var first = SyntheticCorpusGenerator.Write(GeneratedCorpus.NewTempFolder(), Small(seed, parallelism: 1), names);
        var second = SyntheticCorpusGenerator.Write(GeneratedCorpus.NewTempFolder(), Small(seed, parallelism: 2), names);

        Assert.That(first.Files, Has.Count.EqualTo(3));
        Assert.That(second.Files.Select(Hash), Is.EqualTo(first.Files.Select(Hash)));
        Assert.That(second with { Files = first.Files }, Is.EqualTo(first));
    }

    [Test]
    public void Write_DifferentSeed_WritesDifferentFiles()
    {
        var names = GeneratedCorpus.LoadSources();
        TestContext.Out.WriteLine("seeds 7 and 8");

        var first = SyntheticCorpusGenerator.Write(GeneratedCorpus.NewTempFolder(), Small(7, parallelism: 2), names);
        var second = SyntheticCorpusGenerator.Write(GeneratedCorpus.NewTempFolder(), Small(8, parallelism: 2), names);

        Assert.That(first.Files.Zip(second.Files).Select(pair => Hash(pair.First) == Hash(pair.Second)), Has.None.True);
    }

    [Test]
    public void Write_TwoThousandWorks_SplitsIntoFilesOfWorksPerFileLines()
    {
        var summary = SyntheticCorpusGenerator.Write(GeneratedCorpus.NewTempFolder(), Small(3, parallelism: 2), GeneratedCorpus.LoadSources());

        Assert.That(summary.Files.Select(Path.GetFileName), Is.EqualTo(new[] { "works-00000.jsonl", "works-00001.jsonl", "works-00002.jsonl" }));
        Assert.That(summary.Files.Select(file => File.ReadLines(file).Count()), Is.EqualTo(new[] { 700, 700, 600 }));
        Assert.That(summary.Works, Is.EqualTo(Works));
        Assert.That(summary.Bytes, Is.EqualTo(summary.Files.Sum(file => new FileInfo(file).Length)));
    }

    [Test]
    public void Write_FolderAlreadyHoldsACorpus_ThrowsAndLeavesItAlone()
    {
        var names = GeneratedCorpus.LoadSources();
        var folder = GeneratedCorpus.NewTempFolder();
        var summary = SyntheticCorpusGenerator.Write(folder, Small(3, parallelism: 1), names);
        var before = Hash(summary.Files[0]);

        Assert.That(() => SyntheticCorpusGenerator.Write(folder, Small(4, parallelism: 1), names),
            Throws.InstanceOf<IOException>().With.Message.Contains("already holds works-*.jsonl"));
        Assert.That(Hash(summary.Files[0]), Is.EqualTo(before));
    }

    private static SyntheticCorpusOptions Small(int seed, int parallelism) =>
        new() { Works = Works, WorksPerFile = 700, Seed = seed, MaxDegreeOfParallelism = parallelism };

    private static string Hash(string file) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
}
