using ExpertGraph.Benchmarks.Synthetic;

namespace ExpertGraph.Benchmarks.Tests.Synthetic;

public sealed class SyntheticCorpusOptionsTests
{
    [Test]
    public void Validate_Defaults_Passes()
    {
        Assert.That(() => new SyntheticCorpusOptions().Validate(), Throws.Nothing);
    }

    [Test]
    public void Validate_SeveralProblems_ReportsEveryOneInOneException()
    {
        var options = new SyntheticCorpusOptions { Works = 0, PersonsPerWork = 1.5, WorksPerFile = -3, ChineseShare = 2, FirstYear = 2030 };

        var exception = Assert.Throws<ArgumentException>(options.Validate);

        Assert.That(exception.Message, Does.Contain("Works must be at least 1 (was 0)")
            .And.Contain("PersonsPerWork must be in (0, 1] (was 1.5)")
            .And.Contain("WorksPerFile must be at least 1 (was -3)")
            .And.Contain("ChineseShare must be in [0, 1] (was 2)")
            .And.Contain("FirstYear must be in [1900, LastYear] (was 2030)"));
    }

    [TestCase(0.0, 1)]
    [TestCase(4.5, 1)]
    [TestCase(4.0, 0)]
    [TestCase(1.4, 1)]
    [TestCase(2.3, 0)]
    public void Validate_ProductivityExponent_AcceptsOnlyHeavyTails(double exponent, int problems)
    {
        var options = new SyntheticCorpusOptions { ProductivityExponent = exponent };

        Assert.That(() => options.Validate(), problems == 0 ? Throws.Nothing : Throws.ArgumentException);
    }

    [Test]
    public void Write_InvalidOptions_ThrowsBeforeCreatingTheFolder()
    {
        var folder = GeneratedCorpus.NewTempFolder();

        Assert.That(() => SyntheticCorpusGenerator.Write(folder, new SyntheticCorpusOptions { Works = -1 }, null!),
            Throws.ArgumentException.With.Message.Contains("Works must be at least 1 (was -1)"));
        Assert.That(Directory.Exists(folder), Is.False);
    }
}
