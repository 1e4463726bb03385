using System.Text;
using System.Xml;
using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Integration.Tests.Cli;

/// <summary>
/// `expertgraph shortlist …`, `export neo4j|graphml` and `report` as a user runs them on samples/openalex (Clem
/// Tisdell's id read from `expertgraph person`). The files' contents are checked in Query/Shortlists, Query/Exports and
/// Query/Reports; here: the commands, their messages and exit codes, and that the files are written.
/// </summary>
[TestFixture]
public sealed class ExportCommandsTests
{
    private TempDataFolder _temp = null!;
    private string _data = null!;
    private string _tisdell = null!;

    [OneTimeSetUp]
    public void Ingest()
    {
        _temp = new TempDataFolder("eg-export-cli-");
        _data = _temp.Sub("data");
        var ingest = CliProcess.Run(["ingest", RepositoryPaths.Path("samples/openalex"), "--data", _data]);
        Assert.That(ingest.ExitCode, Is.Zero, ingest.Output);
        var person = CliProcess.RunSeparately(["person", "Clem Tisdell", "--data", _data]);
        _tisdell = person.StandardOutput.Split(' ')[0];
        Assert.That(_tisdell, Does.StartWith("P"), person.Output);
    }

    [OneTimeTearDown]
    public void Cleanup() => _temp?.Dispose();

    [Test]
    public void Shortlist_CreateAddListExportRemove_EachStepReportsAndTheCsvNamesThePerson()
    {
        Assert.That(CliProcess.Run(["shortlist", "create", "lab A", "--note", "ecology PI", "--data", _data]).Output, Does.Contain("created shortlist 'lab A'"));
        var again = CliProcess.Run(["shortlist", "create", "lab A", "--data", _data]);
        Assert.That((again.ExitCode, again.Output.Trim()), Is.EqualTo((2, "error: a shortlist named 'lab A' exists")));
        Assert.That(CliProcess.Run(["shortlist", "add", "lab A", _tisdell, "--note", "call first", "--data", _data]).Output, Does.Contain("added 1 of 1"));
        var unknown = CliProcess.Run(["shortlist", "add", "lab A", "P999999", "--data", _data]);
        Assert.That((unknown.ExitCode, unknown.Output.Trim()), Is.EqualTo((1, "error: unknown person P999999")));

        var list = CliProcess.RunSeparately(["shortlist", "list", "lab A", "--data", _data]);
        Assert.That(list.StandardOutput, Does.Contain($"    1  {_tisdell,-9} Clem Tisdell").And.Contain("— call first"));
        var csv = Path.Combine(_temp.Root, "lab.csv");
        Assert.That(CliProcess.Run(["shortlist", "export", "lab A", "--format", "csv", "--out", csv, "--data", _data]).ExitCode, Is.Zero);
        var rows = CsvRecords.Parse(File.ReadAllText(csv, Encoding.UTF8));
        Assert.That((rows.Count, rows[1][1], rows[1][2], rows[1][^1]), Is.EqualTo((2, _tisdell, "Clem Tisdell", "call first")));
        var xlsx = Path.Combine(_temp.Root, "lab.xlsx");
        Assert.That(CliProcess.Run(["shortlist", "export", "lab A", "--format", "xlsx", "--out", xlsx, "--data", _data]).ExitCode, Is.Zero);
        Assert.That(File.ReadAllBytes(xlsx).Take(2), Is.EqualTo("PK"u8.ToArray()), "an XLSX is a zip package");
        Assert.That(CliProcess.Run(["shortlist", "remove", "lab A", _tisdell, "--data", _data]).Output, Does.Contain("removed 1"));
        Assert.That(CliProcess.RunSeparately(["shortlist", "list", "--data", _data]).StandardOutput, Does.Contain("lab A  0 person(s)"));
    }

    [Test]
    public void ExportNeo4jAndGraphMl_Samples_FilesWrittenAndCountsPrinted()
    {
        var folder = Path.Combine(_temp.Root, "neo4j");
        var neo4j = CliProcess.RunSeparately(["export", "neo4j", "--out", folder, "--data", _data]);

        Assert.That(neo4j.ExitCode, Is.Zero, neo4j.Output);
        Assert.That(neo4j.StandardOutput, Does.Contain("persons.csv").And.Contain("relationships COAUTHOR"));
        Assert.That(Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal), Is.EqualTo(new[]
        {
            "README.txt", "affiliated.csv", "authored.csv", "coauthor.csv", "concepts.csv", "has_concept.csv", "import.cypher", "institutions.csv", "persons.csv", "works.csv",
        }));
        var graphml = Path.Combine(_temp.Root, "coauthors.graphml");
        var run = CliProcess.Run(["export", "graphml", "--out", graphml, "--data", _data]);
        Assert.That(run.Output, Does.Match(@"wrote \d+ persons and \d+ co-author edges"));
        var document = new XmlDocument();
        document.Load(graphml);
        Assert.That(document.DocumentElement!.LocalName, Is.EqualTo("graphml"));
    }

    [Test]
    public void ReportHtml_Tisdell_WritesThePageAndUnknownPersonIsAnError()
    {
        var html = Path.Combine(_temp.Root, "tisdell.html");
        var run = CliProcess.Run(["report", _tisdell, "--format", "html", "--out", html, "--data", _data]);

        Assert.That(run.Output, Does.Contain($"wrote the report of {_tisdell} Clem Tisdell"));
        Assert.That(File.ReadAllText(html), Does.Contain("<h1>Clem Tisdell").And.Contain("0000-0003-4370-4692").And.Contain("人才培养"));
        var unknown = CliProcess.Run(["report", "P999999", "--data", _data]);
        Assert.That((unknown.ExitCode, unknown.Output.Trim()), Is.EqualTo((2, "error: unknown person P999999")), "as `show`");
    }
}
