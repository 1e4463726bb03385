using System.Text.Json;
using System.Text.RegularExpressions;
using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Integration.Tests.Cli;

/// <summary>
/// `conflicts` and `reviewers` on the repository samples. Hand-checked: samples/openalex/keypaper_results_page_1.json
/// holds "The state of OA: …" (2018, 9 authors) by Heather Piwowar, Jason Priem, Vincent Larivière, Juan Pablo Alperín
/// (Simon Fraser University), Lisa Matthias, Bree Norlander, Ashley Farley, Jevin D. West (University of Washington)
/// and Stefanie Haustein; samples/uspto/ipg120327-bibliographic.xml holds the 2012 patent "Ready to eat snack piece"
/// by Nicole Cavin, Divya Paruchuri and Michael Zbuchalski. Ben Goertzel's works carry no institution.
/// </summary>
[TestFixture]
public sealed partial class ConflictsCommandTests
{
    private TempDataFolder _temp = null!;
    private string _data = null!;

    [OneTimeSetUp]
    public void IngestSamples()
    {
        _temp = new TempDataFolder();
        _data = _temp.Sub("data");
        var ingest = CliProcess.Run(["ingest", RepositoryPaths.Path("samples"), "--data", _data]);
        Assert.That(ingest.ExitCode, Is.Zero, ingest.Output);
    }

    [OneTimeTearDown]
    public void Delete() => _temp.Dispose();

    private string Id(string name)
    {
        var run = CliProcess.Run(["person", name, "--limit", "1", "--data", _data]);
        var match = PersonLine().Match(run.Output);
        Assert.That(match.Success && run.Output.Contains(name, StringComparison.Ordinal), Is.True, run.Output);
        return match.Groups[1].Value;
    }

    private JsonElement Json(params string[] arguments)
    {
        // Standard error (the waiver log notice) comes through its own pipe, in no set order with the document.
        var run = CliProcess.RunSeparately([.. arguments, "--json", "--data", _data]);
        Assert.That(run.ExitCode, Is.Zero, run.Output);
        return JsonDocument.Parse(run.StandardOutput).RootElement.Clone();
    }

    private static JsonElement Pair(JsonElement report, string applicant, string reviewer) =>
        report.GetProperty("pairs").EnumerateArray().Single(p => p.GetProperty("applicant").GetString() == applicant && p.GetProperty("reviewer").GetString() == reviewer);

    private static JsonElement[] Flags(JsonElement pair, string relation) =>
        [.. pair.GetProperty("flags").EnumerateArray().Where(f => f.GetProperty("relation").GetString() == relation)];

    [Test]
    public void Conflicts_CoauthorsOfTheStateOfOA_FlaggedWithWorkAndInstitutionEvidence_UnknownsNamed()
    {
        var bree = Id("Bree Norlander");
        var ashley = Id("Ashley Farley");
        var juan = Id("Juan Pablo Alperín");
        var ben = Id("Ben Goertzel");

        var report = Json("conflicts", "--applicants", bree, "--reviewers", ashley, juan, ben, "P99999999", "--date", "2019-06-30");

        var withAshley = Pair(report, bree, ashley);
        Assert.That(withAshley.GetProperty("verdict").GetString(), Is.EqualTo("conflict"));
        var coauthor = Flags(withAshley, "coauthor").Single();
        Assert.That(coauthor.GetProperty("rule").GetString(), Is.EqualTo("nsf.coauthor"));
        Assert.That(coauthor.GetProperty("window").GetProperty("start").GetString(), Is.EqualTo("2015-06-30"));
        var work = coauthor.GetProperty("evidence").EnumerateArray().Single();
        Assert.That(work.GetProperty("subject").GetString(), Does.StartWith("The state of OA: a large-scale analysis"));
        Assert.That(work.GetProperty("when").GetString(), Is.EqualTo("2018 (year only), 9 authors"));
        var institution = Flags(withAshley, "same-institution").Single();
        Assert.That(institution.GetProperty("window").GetProperty("months").GetInt32(), Is.EqualTo(12));
        Assert.That(institution.GetProperty("evidence").EnumerateArray().Select(e => (e.GetProperty("subject").GetString(), e.GetProperty("when").GetString())),
            Is.EqualTo(new[] { ("University of Washington", "2018 (year only)"), ("University of Washington", "2018 (year only)") }));

        var withJuan = Pair(report, bree, juan);
        Assert.That(withJuan.GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("relation").GetString()), Is.EqualTo(new[] { "coauthor" }));
        Assert.That(Pair(report, bree, ben).GetProperty("verdict").GetString(), Is.EqualTo("unknown"));
        Assert.That(Pair(report, bree, ben).GetProperty("unknownBecause")[0].GetString(), Is.EqualTo($"{ben} has no affiliation data"));
        Assert.That(Pair(report, bree, "P99999999").GetProperty("unknownBecause")[0].GetString(), Is.EqualTo("P99999999 has no resolved profile (not in the store)"));
    }

    [Test]
    public void Conflicts_After48Months_TheSame2018PaperIsOutside()
    {
        var bree = Id("Bree Norlander");
        var ashley = Id("Ashley Farley");

        var pair = Pair(Json("conflicts", "--applicants", bree, "--reviewers", ashley, "--date", "2023-01-01"), bree, ashley);

        Assert.That(pair.GetProperty("verdict").GetString(), Is.EqualTo("clear"));
        Assert.That(pair.GetProperty("flags").GetArrayLength(), Is.Zero);
    }

    [TestCase("2016-12-31", "conflict")]
    [TestCase("2017-01-01", "clear")]
    public void Conflicts_CoinventorsOfA2012Patent_InsideTo2016(string date, string verdict)
    {
        var nicole = Id("Nicole Cavin");
        var divya = Id("Divya Paruchuri");

        var pair = Pair(Json("conflicts", "--applicants", nicole, "--reviewers", divya, "--date", date), nicole, divya);

        Assert.That(pair.GetProperty("verdict").GetString(), Is.EqualTo(verdict));
        if (verdict == "conflict")
            Assert.That(Flags(pair, "coinventor").Single().GetProperty("evidence")[0].GetProperty("subject").GetString(), Is.EqualTo("Ready to eat snack piece"));
    }

    [Test]
    public void Conflicts_WaiverAndDeclaredAdvisor_WaivedFlagIsLoggedAdvisorConflicts()
    {
        var bree = Id("Bree Norlander");
        var juan = Id("Juan Pablo Alperín");
        var ben = Id("Ben Goertzel");
        var waivers = Path.Combine(_temp.Root, "waivers.csv");
        File.WriteAllText(waivers, $"applicant,reviewer,relation,reason,approver,time\n{juan},{bree},coauthor,consortium-style paper,Panel Chair,2019-06-01T09:00:00Z\n");
        var relations = Path.Combine(_temp.Root, "relations.csv");
        File.WriteAllText(relations, $"a,b,kind,from,to,note\n{ben},{bree},advisor,2010,2014,planted for this test\n");

        var report = Json("conflicts", "--applicants", bree, "--reviewers", juan, ben, "--date", "2019-06-30", "--waivers", waivers, "--relations", relations);

        var withJuan = Pair(report, bree, juan);
        Assert.That(withJuan.GetProperty("verdict").GetString(), Is.EqualTo("clear"));
        Assert.That(Flags(withJuan, "coauthor").Single().GetProperty("waiver").GetProperty("approver").GetString(), Is.EqualTo("Panel Chair"));
        var advisor = Flags(Pair(report, bree, ben), "advisor").Single();
        Assert.That(advisor.GetProperty("window").GetProperty("months").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(advisor.GetProperty("evidence")[0].GetProperty("subject").GetString(), Is.EqualTo("planted for this test"));
        var log = File.ReadAllLines(Path.Combine(_data, "conflict-waivers.log"));
        Assert.That(log.Last(), Does.Contain($"\tconflicts\t{bree}\t{juan}\tcoauthor\tnsf.coauthor\tapprover=Panel Chair\t"));
    }

    [Test]
    public void Reviewers_OpenAccess_ExcludesTheEightCoauthorsAndDisclosesThem()
    {
        var bree = Id("Bree Norlander");
        string[] coauthors = ["Heather Piwowar", "Jason Priem", "Vincent Larivière", "Juan Pablo Alperín", "Lisa Matthias", "Ashley Farley", "Jevin D. West", "Stefanie Haustein"];
        var coauthorIds = coauthors.Select(Id).ToHashSet();

        var result = Json("reviewers", "--topic", "open access", "--applicants", bree, "--k", "3", "--date", "2021-06-30");

        var recommended = result.GetProperty("recommended").EnumerateArray().Select(r => r.GetProperty("personId").GetString()).ToList();
        Assert.That(recommended, Is.Not.Empty);
        Assert.That(recommended, Has.None.AnyOf([.. coauthorIds, bree]));
        var excluded = result.GetProperty("excluded").EnumerateArray().ToList();
        Assert.That(excluded.Where(e => e.GetProperty("reason").GetString() == "coauthor < 48 months").Select(e => e.GetProperty("personId").GetString()), Is.EquivalentTo(coauthorIds));
        Assert.That(result.GetProperty("disclosure").GetString(), Does.Match(@"^\d+ excluded: .*8 coauthor < 48 months.*1 applicant"));
    }

    [Test]
    public void Reviewers_ApplicationAbstractAsADocument_ExcludesTheSameCoauthors()
    {
        var bree = Id("Bree Norlander");
        var abstractFile = Path.Combine(Path.GetTempPath(), "eg-application-" + Guid.NewGuid().ToString("N") + ".txt");
        // Over 1,000 characters: no keyword query would take it.
        File.WriteAllText(abstractFile, string.Concat(Enumerable.Repeat(
            "Open access to scholarly articles: how many papers are free to read, where readers find them, and what the growth of open access means for libraries and publishers. ", 8)));
        try
        {
            var result = Json("reviewers", "--text-file", abstractFile, "--applicants", bree, "--k", "3", "--date", "2021-06-30");

            var recommended = result.GetProperty("recommended").EnumerateArray().Select(r => r.GetProperty("personId").GetString()).ToList();
            Assert.That(recommended, Is.Not.Empty);
            Assert.That(recommended, Does.Not.Contain(bree));
            var excluded = result.GetProperty("excluded").EnumerateArray().Select(e => e.GetProperty("reason").GetString()).ToList();
            Assert.That(excluded, Does.Contain("coauthor < 48 months"));
        }
        finally
        {
            File.Delete(abstractFile);
        }
    }

    [Test]
    public void Reviewers_DiversityLimits_OnePerInstitutionAtMostTwoPerCountry()
    {
        // In 2030 the 2018 paper is outside every window, so its nine authors (two at Impact Technology Development,
        // two at Simon Fraser, three at Washington; Montréal, UQAM: three Canadian institutions) are all eligible.
        var derek = Id("Derek Byerlee");

        var result = Json("reviewers", "--topic", "open access", "--applicants", derek, "--k", "5", "--date", "2030-01-01", "--max-per-institution", "1", "--max-per-country", "2");

        var recommended = result.GetProperty("recommended").EnumerateArray().ToList();
        Assert.That(recommended, Has.Count.EqualTo(4), "one of each of the five institutions, less the third Canadian one");
        Assert.That(recommended.Select(r => r.GetProperty("institution").GetString()), Is.Unique);
        Assert.That(recommended.Count(r => r.GetProperty("country").GetString() == "CA"), Is.EqualTo(2));
        // The five of the nine not recommended are left out by a limit; which limit a candidate meets first (one at a second
        // Canadian institution already full) follows the ranking order, so only the total is fixed.
        var disclosure = result.GetProperty("disclosure").GetString()!;
        var byInstitution = int.Parse(Regex.Match(disclosure, @"(\d+) institution limit").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var byCountry = int.Parse(Regex.Match(disclosure, @"(\d+) country limit").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That((byInstitution + byCountry, byInstitution >= 3, byCountry >= 1), Is.EqualTo((5, true, true)), disclosure);
    }

    [GeneratedRegex(@"^(P\d+)\s", RegexOptions.Multiline)]
    private static partial Regex PersonLine();
}
