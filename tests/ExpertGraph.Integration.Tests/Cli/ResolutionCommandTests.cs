using System.Globalization;
using System.Text.Json;
using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Integration.Tests.Cli;

/// <summary>`expertgraph eval resolution` and `expertgraph resolution train` on the real gold sets.</summary>
[TestFixture]
public sealed class ResolutionCommandTests
{
    [Test]
    public void EvalResolution_AminerFolder_PrintsTheHeldOutScoresTheShippedModelRecords()
    {
        var recorded = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "models", "resolution", "model.json")))
            .RootElement.GetProperty("held_out").EnumerateArray().Single(s => s.GetProperty("set").GetString() == "aminer");

        var run = CliProcess.RunSeparately(["eval", "resolution", SharedData.Path("disambiguation/aminer-na-110names"), "--format", "json", "--names"]);

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        var aminer = JsonDocument.Parse(run.StandardOutput).RootElement.GetProperty("sets").EnumerateArray().Single(s => s.GetProperty("set").GetString() == "aminer");
        var clustering = aminer.GetProperty("clustering");
        Assert.Multiple(() =>
        {
            Assert.That(Math.Round(clustering.GetProperty("bcubed").GetProperty("f1").GetDouble(), 4),
                Is.EqualTo(recorded.GetProperty("b_cubed_f1").GetDouble()));
            Assert.That(clustering.GetProperty("mentions").GetInt32(), Is.EqualTo(recorded.GetProperty("mentions").GetInt32()));
            // Wen Gao (484 publications in data/Wen Gao.xml) is one of the held-out names; Jie Tang is another.
            Assert.That(aminer.GetProperty("names").EnumerateArray().Select(n => n.GetProperty("name").GetString()), Does.Contain("Wen Gao").And.Contain("Jie Tang"));
        });
    }

    [Test]
    public void ResolutionTrain_OneInventorSet_WritesAModelThatEvalScoresTheSame()
    {
        using var temp = new TempDataFolder();
        var model = temp.Sub("model");
        var gold = SharedData.Path("disambiguation/patentsview-inventor-benchmarks/harvard-inventors-benchmark.csv");

        var train = CliProcess.Run(["resolution", "train", "--gold", gold, "--out", model]);
        var eval = CliProcess.Run(["eval", "resolution", gold, "--model", model]);

        Assert.That(train.ExitCode, Is.Zero, train.Output);
        Assert.That(eval.ExitCode, Is.Zero, eval.Output);
        Assert.That(File.Exists(Path.Combine(model, "pairwise.zip")) && File.Exists(Path.Combine(model, "model.json")), Is.True);
        string Row(string output) => output.Split('\n').Single(l => l.StartsWith("patentsview/harvard-inventors-benchmark", StringComparison.Ordinal)).TrimEnd();
        Assert.That(Row(eval.Output), Is.EqualTo(Row(train.Output)), "train reports the held-out scores eval recomputes from the files");
        // harvard-inventors-benchmark.csv: 1,991 mentions of 818 inventors; the held-out third has 627 of them.
        Assert.That(Row(eval.Output), Does.Contain(" 627 ").And.Contain(" 287 "));
    }

    [Test]
    public void EvalResolution_NoSuchGoldSet_OneLineErrorNamingIt()
    {
        using var temp = new TempDataFolder();
        var missing = Path.Combine(temp.Root, "no-gold");

        var run = CliProcess.Run(["eval", "resolution", missing]);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Output.Trim(), Is.EqualTo($"error: {missing}: no such gold set folder or file"));
    }

    [Test]
    public void EvalResolution_ModelFolderWithoutModel_SaysHowToGetOne()
    {
        using var temp = new TempDataFolder();
        var empty = temp.Sub("empty-model");

        var run = CliProcess.Run(["eval", "resolution", SharedData.Path("disambiguation/patentsview-inventor-benchmarks/lai-2011-benchmark.csv"), "--model", empty]);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Output, Does.Contain(string.Create(CultureInfo.InvariantCulture, $"error: no resolution model in {empty}")).And.Contain("expertgraph resolution train"));
    }
}
