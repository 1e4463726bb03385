using ExpertGraph.Core.Model;
using ExpertGraph.Graph.Conflicts;

namespace ExpertGraph.Graph.Tests.Conflicts;

public class ConflictPolicyReaderTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("eg-policy-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Test]
    public void Read_CustomWindowsPerRelation_AreTheRules()
    {
        var path = Write("panel.json", """
            {"name": "panel", "consortiumAuthorLimit": 10, "rules": [
              {"relation": "coauthor", "severity": "conflict", "windowMonths": 60},
              {"relation": "advisee", "severity": "conflict"},
              {"relation": "second-degree", "severity": "warning", "windowMonths": 24}]}
            """);

        var policy = ConflictPolicy.Resolve(path);

        Assert.That(policy.Name, Is.EqualTo("panel"));
        Assert.That(policy.ConsortiumAuthorLimit, Is.EqualTo(10));
        Assert.That(policy.Rules, Is.EqualTo(new[]
        {
            new RelationRule(ConflictRelation.Coauthor, ConflictSeverity.Conflict, 60),
            new RelationRule(ConflictRelation.Advisor, ConflictSeverity.Conflict, null),
            new RelationRule(ConflictRelation.SecondDegree, ConflictSeverity.Warning, 24),
        }));
    }

    [Test]
    public void Read_BadFields_NamesTheFileAndEveryBadField()
    {
        var path = Write("bad.json", """{"name": "x", "rules": [{"relation": "coauthr", "severity": "conflict"}, {"relation": "coauthor", "severity": "high", "windowMonths": -1}]}""");

        var error = Assert.Throws<ExpertGraphException>(() => ConflictPolicy.Resolve(path));

        Assert.That(error!.Message, Does.StartWith($"policy file {path}: "));
        Assert.That(error.Message, Does.Contain("rules[0].relation: 'coauthr' is not one of"));
        Assert.That(error.Message, Does.Contain("rules[1].severity: 'high' is not conflict or warning"));
        Assert.That(error.Message, Does.Contain("rules[1].windowMonths: must be null"));
    }

    [Test]
    public void Read_NotJson_NamesTheLine()
    {
        var path = Write("broken.json", "{\n  \"name\": \"x\",\n  rules: []\n}");

        Assert.That(() => ConflictPolicy.Resolve(path), Throws.TypeOf<ExpertGraphException>().With.Message.StartsWith($"policy file {path}: not valid JSON at line 3"));
    }

    [TestCase("nsf", 48, 12)]
    [TestCase("NIH", 36, 36)]
    public void Resolve_Presets_HaveTheirWindows(string name, int coauthorMonths, int institutionMonths)
    {
        var policy = ConflictPolicy.Resolve(name);

        Assert.That(policy.RuleFor(ConflictRelation.Coauthor)!.WindowMonths, Is.EqualTo(coauthorMonths));
        Assert.That(policy.RuleFor(ConflictRelation.SameInstitution)!.WindowMonths, Is.EqualTo(institutionMonths));
        Assert.That(policy.RuleFor(ConflictRelation.Advisor)!.WindowMonths, Is.Null);
    }

    [Test]
    public void ReadWaivers_WithoutApprover_IsRefusedNamingTheLine()
    {
        var path = Write("waivers.csv", "applicant,reviewer,relation,reason,approver,time\nP1,P2,coauthor,only expert,J. Chair,2026-03-01T10:00:00Z\nP1,P3,coauthor,no approver,,2026-03-01T10:00:00Z\n");

        Assert.That(() => CuratorFileReader.ReadWaivers(path), Throws.TypeOf<ExpertGraphException>().With.Message.EqualTo($"waivers file {path}, line 3: approver is empty (a waiver needs an approver)"));
    }

    [Test]
    public void ReadWaivers_TwoBadLines_RefusedNamingEveryProblemAtOnce()
    {
        var path = Write("waivers.csv", "applicant,reviewer,relation,reason,approver,time\nP1,someone,coauthor,only expert,J. Chair,2026-03-01T10:00:00Z\nP1,P3,friend,,J. Chair,2026-03-01T10:00:00Z\n");

        Assert.That(() => CuratorFileReader.ReadWaivers(path), Throws.TypeOf<ExpertGraphException>().With.Message.EqualTo(
            $"waivers file {path}, line 2: reviewer 'someone' is not a person id (P12 or 12); " +
            $"waivers file {path}, line 3: relation 'friend' is not one of same-person, coauthor, coinventor, coinvestigator, same-institution, advisor, declared, second-degree; " +
            $"waivers file {path}, line 3: reason is empty (a waiver needs a reason)"));
    }

    [Test]
    public void ReadRelations_AdviseeWithDates_IsAnAdvisorRelation()
    {
        var path = Write("relations.csv", "a,b,kind,from,to,note\n# curator: checked against the thesis\n12,P40,advisee,1998-09,2003,\"PhD, ETH\"\n");

        var relation = CuratorFileReader.ReadRelations(path).Single();

        Assert.That(relation, Is.EqualTo(new DeclaredRelation(new PersonId(12), new PersonId(40), ConflictRelation.Advisor, "advisee", new EvidenceDate(1998, 9), new EvidenceDate(2003), "PhD, ETH", "relations.csv:3")));
    }
}
