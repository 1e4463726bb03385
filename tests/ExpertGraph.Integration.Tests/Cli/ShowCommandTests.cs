using System.Text.Json;
using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Tests.Shared;
using Microsoft.Data.Sqlite;

namespace ExpertGraph.Integration.Tests.Cli;

/// <summary>
/// `expertgraph show` as a user runs it, on the real OpenAlex file. Clem Tisdell, read by hand from
/// records/openalex-works-json/works_biodiversity_finance_200.jsonl (the values are listed in
/// Query/Profiles/ExpertProfileTests): three articles 1999, 2000, 2008, cited 34, 4 and 104 times, at Cheltenham
/// Festivals (GB) then the University of Queensland (AU), one co-author, Hemanath Swarna Nantha, on W2135181183.
/// </summary>
[TestFixture]
public sealed class ShowCommandTests
{
    private TempDataFolder _temp = null!;
    private string _data = null!;

    private static string OpenAlex => SharedData.Path("records/openalex-works-json/works_biodiversity_finance_200.jsonl");

    [OneTimeSetUp]
    public void Ingest()
    {
        _temp = new TempDataFolder("eg-show-");
        _data = Ingested(_temp.Sub("data"));
    }

    [OneTimeTearDown]
    public void Cleanup() => _temp?.Dispose();

    private static string Ingested(string data)
    {
        var ingest = CliProcess.Run(["ingest", OpenAlex, "--data", data]);
        Assert.That(ingest.ExitCode, Is.Zero, ingest.Output);
        return data;
    }

    /// <summary>The person id, as the CLI prints it, at a 1-based author position of an OpenAlex work, read from the store.</summary>
    private static string PersonAt(string data, string work, int position)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "expertgraph.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var row = DbRow.ReadAll(connection, $"""
            SELECT a.person_id AS person FROM authorships a JOIN works w ON w.id = a.work_id
            WHERE w.source = 'openalex' AND w.source_id = '{work}' AND a.position = {position}
            """).Single();
        return "P" + row.Long("person");
    }

    [Test]
    public void Show_Table_SectionsCarryTheValuesOfTheFile()
    {
        var tisdell = PersonAt(_data, "W2135181183", 2);
        var nantha = PersonAt(_data, "W2135181183", 1);

        var run = CliProcess.Run(["show", tisdell, "--data", _data]);

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        var lines = run.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.That(lines[0], Is.EqualTo($"{tisdell} Clem Tisdell  ORCID 0000-0003-4370-4692"));
        Assert.That(lines, Does.Contain("  works 3 (papers 3, patents 0, projects 0), citations 142, h-index 3"));
        Assert.That(lines, Does.Contain($"  years 1999–2008, career age {TimeProvider.System.GetUtcNow().Year - 1999}, co-authors 1"));
        Assert.That(lines.Where(l => l.StartsWith("  stage ", StringComparison.Ordinal)).ToList(), Has.Count.EqualTo(1)
            .And.One.Contains("impact percentile").And.One.Contains($"≈ age {TimeProvider.System.GetUtcNow().Year - 1999 + 26}"));
        Assert.That(lines, Does.Contain("  2008       University of Queensland (AU)  1 work"));
        Assert.That(lines, Does.Contain("  1999–2000  Cheltenham Festivals (GB)  2 works"));
        Assert.That(lines, Does.Contain("  2000        1        0         0      1"));
        Assert.That(lines, Does.Contain($"  {nantha,-9} Hemanath Swarna Nantha  1 shared work, 2008"));
        var cited = lines.IndexOf("高被引 most cited works");
        Assert.That(lines[cited + 1], Does.StartWith("  2008  paper   The orangutan–oil palm conflict").And.EndWith("— Biodiversity and Conservation [openalex:W2135181183, cited 104]"));
        Assert.That(lines[cited + 2], Is.EqualTo("  1999  paper   Biodiversity, Conservation and Sustainable Development: Principles and Practices with Asian Examples [openalex:W3023705820, cited 34]"));
    }

    [Test]
    public void Show_Json_CamelCaseRecordWithListsCutToTheOptions()
    {
        var tisdell = PersonAt(_data, "W2135181183", 2);

        var run = CliProcess.RunSeparately(["show", tisdell, "--format", "json", "--works", "1", "--coauthors", "0", "--data", _data]);

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        using var json = JsonDocument.Parse(run.StandardOutput);
        var root = json.RootElement;
        Assert.That(root.GetProperty("personId").GetString(), Is.EqualTo(tisdell));
        Assert.That(root.GetProperty("orcid").GetString(), Is.EqualTo("0000-0003-4370-4692"));
        var statistics = root.GetProperty("statistics");
        Assert.That((statistics.GetProperty("works").GetInt32(), statistics.GetProperty("citations").GetInt64(), statistics.GetProperty("hIndex").GetInt32(),
            statistics.GetProperty("firstYear").GetInt32(), statistics.GetProperty("coauthors").GetInt32()), Is.EqualTo((3, 142L, 3, 1999, 1)));
        var affiliations = root.GetProperty("affiliations").EnumerateArray()
            .Select(a => (a.GetProperty("institution").GetString(), a.GetProperty("country").GetString(), a.GetProperty("firstYear").GetInt32(), a.GetProperty("lastYear").GetInt32(), a.GetProperty("works").GetInt32()));
        Assert.That(affiliations, Is.EqualTo(new[] { ("University of Queensland", "AU", 2008, 2008, 1), ("Cheltenham Festivals", "GB", 1999, 2000, 2) }));
        Assert.That(root.GetProperty("worksByYear").EnumerateArray().Select(y => y.GetProperty("year").GetInt32()), Is.EqualTo(new[] { 2008, 2000, 1999 }));
        var cited = root.GetProperty("mostCitedWorks").EnumerateArray().Single();
        Assert.That((cited.GetProperty("key").GetString(), cited.GetProperty("kind").GetString(), cited.GetProperty("citations").GetInt32()), Is.EqualTo(("openalex:W2135181183", "paper", 104)));
        Assert.That(root.GetProperty("recentWorks").GetArrayLength(), Is.EqualTo(1));
        Assert.That(root.GetProperty("coauthors").GetArrayLength(), Is.Zero);
        Assert.That((root.GetProperty("disciplines").GetProperty("level").GetInt32(), root.GetProperty("subfields").GetProperty("level").GetInt32()), Is.EqualTo((2, 3)));
        Assert.That(root.GetProperty("subfields").GetProperty("concepts")[0].TryGetProperty("labelZh", out _), Is.True);
        Assert.That(root.GetProperty("derivedTablesStale").GetBoolean(), Is.False);
    }

    [TestCase("P987654321", "error: unknown person P987654321")]
    [TestCase("Tisdell", "error: 'Tisdell' is not a person id (P12 or 12, as `expertgraph person` prints them)")]
    public void Show_NoSuchPerson_UsageErrorNamingIt(string person, string error)
    {
        var run = CliProcess.Run(["show", person, "--data", _data]);

        Assert.That((run.ExitCode, run.Output.Trim()), Is.EqualTo((2, error)));
    }

    [Test]
    public void Show_BadOptions_EveryProblemInOneLine()
    {
        var run = CliProcess.Run(["show", "P1", "--works", "-1", "--coauthors", "5000", "--format", "csv", "--data", _data]);

        Assert.That((run.ExitCode, run.Output.Trim()), Is.EqualTo((2,
            "error: works must be between 0 and 1000; co-authors must be between 0 and 1000; --format is table or json")));
    }

    [Test]
    public void Show_MergedAwayPerson_UsageErrorNamingThePersonItWasMergedInto()
    {
        using var temp = new TempDataFolder("eg-show-merged-");
        var data = Ingested(temp.Sub("data"));
        var tisdell = PersonAt(data, "W2135181183", 2);
        var nantha = PersonAt(data, "W2135181183", 1);
        var merge = CliProcess.Run(["persons", "merge", tisdell, nantha, "--reason", "test", "--curator", "ann", "--data", data]);
        Assert.That(merge.ExitCode, Is.Zero, merge.Output);

        var run = CliProcess.Run(["show", nantha, "--data", data]);
        var target = CliProcess.Run(["show", tisdell, "--data", data]);

        Assert.That((run.ExitCode, run.Output.Trim()), Is.EqualTo((2, $"error: person {nantha} was merged into {tisdell}: use {tisdell}")));
        Assert.That(target.ExitCode, Is.Zero, target.Output);
        Assert.That(target.Output, Does.Contain("Hemanath Swarna Nantha"), "the merged person's name is now one of the target's");
    }
}
