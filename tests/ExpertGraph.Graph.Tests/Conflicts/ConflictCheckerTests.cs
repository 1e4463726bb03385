using ExpertGraph.Core.Model;
using ExpertGraph.Graph.Conflicts;

namespace ExpertGraph.Graph.Tests.Conflicts;

public class ConflictCheckerTests
{
    private static readonly PersonId Applicant = new(1);
    private static readonly PersonId Reviewer = new(2);
    private static readonly PersonId Middle = new(3);
    private static readonly DateOnly Reference = new(2021, 7, 15);

    private static InMemoryConflictEvidence TwoPersons()
    {
        var evidence = new InMemoryConflictEvidence();
        evidence.AddPerson(new ConflictPerson(Applicant, "Ada Applicant", ["applicant|ada"]));
        evidence.AddPerson(new ConflictPerson(Reviewer, "Rex Reviewer", ["reviewer|rex"]));
        evidence.AddPerson(new ConflictPerson(Middle, "Mia Middle", ["middle|mia"]));
        evidence.AddAffiliation(new AffiliationEvidence(Applicant, "I1", "Alpha University", "US", new EvidenceDate(2010), new EvidenceDate(2021)));
        evidence.AddAffiliation(new AffiliationEvidence(Reviewer, "I2", "Beta Institute", "DE", new EvidenceDate(2005), new EvidenceDate(2021)));
        return evidence;
    }

    private static ConflictPair Check(InMemoryConflictEvidence evidence, ConflictPolicy? policy = null, bool swap = false, IReadOnlyList<Waiver>? waivers = null, IReadOnlyList<DeclaredRelation>? declared = null) =>
        new ConflictChecker(evidence).Check(new ConflictRequest(swap ? [Reviewer] : [Applicant], swap ? [Applicant] : [Reviewer], policy ?? ConflictPolicy.Nsf, Reference)
        {
            Waivers = waivers ?? [],
            DeclaredRelations = declared ?? [],
        }).Pairs.Single();

    [TestCase(2017, 7, 15, true, TestName = "Coauthor_WorkExactly48MonthsBefore_IsConflict")]
    [TestCase(2017, 6, 15, false, TestName = "Coauthor_WorkOneMonthOver48Months_IsClear")]
    [TestCase(2017, 7, 14, false, TestName = "Coauthor_WorkOneDayOver48Months_IsClear")]
    [TestCase(2021, 7, 16, false, TestName = "Coauthor_WorkAfterReferenceDate_IsClear")]
    public void Coauthor_AtTheWindowEdge(int year, int month, int day, bool conflict)
    {
        var evidence = TwoPersons();
        evidence.AddWork("W1", WorkKind.Paper, "Edge paper", new EvidenceDate(year, month, day), [Applicant, Reviewer]);

        var pair = Check(evidence);

        Assert.That(pair.Verdict, Is.EqualTo(conflict ? ConflictVerdict.Conflict : ConflictVerdict.Clear));
        if (conflict)
        {
            var flag = pair.Flags.Single();
            Assert.That(flag.Relation, Is.EqualTo(ConflictRelation.Coauthor));
            Assert.That(flag.Rule, Is.EqualTo("nsf.coauthor"));
            Assert.That(flag.Window.Start, Is.EqualTo(new DateOnly(2017, 7, 15)));
            Assert.That(flag.Evidence.Single().Subject, Is.EqualTo("Edge paper"));
        }
    }

    [TestCase(2017, true, TestName = "Coauthor_YearOnlyWorkWhoseDecemberIsInside_IsConflict")]
    [TestCase(2016, false, TestName = "Coauthor_YearOnlyWorkWhollyBeforeWindow_IsClear")]
    public void Coauthor_YearOnlyDates_CountWhenAnyDayIsInside(int year, bool conflict)
    {
        var evidence = TwoPersons();
        evidence.AddWork("W1", WorkKind.Paper, "Year paper", new EvidenceDate(year), [Applicant, Reviewer]);

        var pair = Check(evidence);

        Assert.That(pair.Verdict, Is.EqualTo(conflict ? ConflictVerdict.Conflict : ConflictVerdict.Clear));
        if (conflict) Assert.That(pair.Flags.Single().Evidence.Single().When, Does.StartWith("2017 (year only)"));
    }

    [Test]
    public void Coauthor_ApplicantAndReviewerSwapped_GivesTheSameFlag()
    {
        var evidence = TwoPersons();
        evidence.AddWork("W1", WorkKind.Patent, "Shared patent", new EvidenceDate(2020), [Applicant, Reviewer]);

        var forward = Check(evidence);
        var backward = Check(evidence, swap: true);

        Assert.That(forward.Flags.Single().Relation, Is.EqualTo(ConflictRelation.Coinventor));
        Assert.That(backward.Flags.Single().Relation, Is.EqualTo(ConflictRelation.Coinventor));
        Assert.That(backward.Applicant, Is.EqualTo(Reviewer));
    }

    [TestCase(25, ConflictVerdict.Conflict)]
    [TestCase(26, ConflictVerdict.Clear)]
    public void Coauthor_ConsortiumPaper_ExemptAboveTheAuthorLimit(int authors, ConflictVerdict expected)
    {
        var evidence = TwoPersons();
        evidence.AddWork("W1", WorkKind.Paper, "Consortium paper", new EvidenceDate(2020), [Applicant, Reviewer], authorCount: authors);

        Assert.That(Check(evidence).Verdict, Is.EqualTo(expected));
    }

    [Test]
    public void Nih_CoauthorWithin48ButNot36Months_IsClear()
    {
        var evidence = TwoPersons();
        evidence.AddWork("W1", WorkKind.Paper, "Old paper", new EvidenceDate(2018, 6, 1), [Applicant, Reviewer]);

        Assert.That(Check(evidence).Verdict, Is.EqualTo(ConflictVerdict.Conflict));
        Assert.That(Check(evidence, ConflictPolicy.Nih).Verdict, Is.EqualTo(ConflictVerdict.Clear));
    }

    [TestCase(2020, ConflictVerdict.Conflict, TestName = "SameInstitution_BothThereWithin12Months_IsConflict")]
    [TestCase(2019, ConflictVerdict.Clear, TestName = "SameInstitution_ReviewerLeftBeforeTheWindow_IsClear")]
    public void SameInstitution_Window(int reviewerLastYear, ConflictVerdict expected)
    {
        var evidence = TwoPersons();
        evidence.AddAffiliation(new AffiliationEvidence(Reviewer, "I1", "Alpha University", "US", new EvidenceDate(2015), new EvidenceDate(reviewerLastYear)));

        var pair = Check(evidence);

        Assert.That(pair.Verdict, Is.EqualTo(expected));
        if (expected == ConflictVerdict.Conflict)
            Assert.That(pair.Flags.Single().Evidence.Select(e => e.ToString()), Is.EqualTo(new[]
            {
                "affiliation P1 \"Alpha University\" 2010–2021 (years only)",
                "affiliation P2 \"Alpha University\" 2015–2020 (years only)",
            }));
    }

    [Test]
    public void SameInstitution_UnderAnAlias_IsConflict()
    {
        var evidence = TwoPersons();
        evidence.AddAffiliation(new AffiliationEvidence(Reviewer, "I9", "ALPHA U", "US", new EvidenceDate(2021), new EvidenceDate(2021)));
        var request = new ConflictRequest([Applicant], [Reviewer], ConflictPolicy.Nsf, Reference) { Aliases = new InstitutionAliases([("Alpha University", "Alpha U")]) };

        var pair = new ConflictChecker(evidence).Check(request).Pairs.Single();

        Assert.That(pair.Flags.Single().Relation, Is.EqualTo(ConflictRelation.SameInstitution));
    }

    [Test]
    public void Unknown_ReviewerNotInStore_IsUnknownNotClear()
    {
        var evidence = TwoPersons();

        var pair = new ConflictChecker(evidence).Check(new ConflictRequest([Applicant], [new PersonId(99)], ConflictPolicy.Nsf, Reference)).Pairs.Single();

        Assert.That(pair.Verdict, Is.EqualTo(ConflictVerdict.Unknown));
        Assert.That(pair.UnknownBecause.Single(), Is.EqualTo("P99 has no resolved profile (not in the store)"));
    }

    [Test]
    public void Unknown_ReviewerWithoutAffiliations_IsUnknownButAFoundConflictStillWins()
    {
        var evidence = TwoPersons();
        var request = new ConflictRequest([Applicant], [Middle], ConflictPolicy.Nsf, Reference);
        Assert.That(new ConflictChecker(evidence).Check(request).Pairs.Single().Verdict, Is.EqualTo(ConflictVerdict.Unknown));

        evidence.AddWork("W1", WorkKind.Paper, "Paper", new EvidenceDate(2021), [Applicant, Middle]);
        Assert.That(new ConflictChecker(evidence).Check(request).Pairs.Single().Verdict, Is.EqualTo(ConflictVerdict.Conflict));
    }

    [Test]
    public void SecondDegree_ACoauthorInCommon_IsAWarningNamingThem()
    {
        var evidence = TwoPersons();
        evidence.AddWork("W1", WorkKind.Paper, "With applicant", new EvidenceDate(2020), [Applicant, Middle]);
        evidence.AddWork("W2", WorkKind.Paper, "With reviewer", new EvidenceDate(2019), [Reviewer, Middle]);

        var pair = Check(evidence);

        Assert.That(pair.Verdict, Is.EqualTo(ConflictVerdict.Clear));
        var flag = pair.Flags.Single();
        Assert.That(flag.Severity, Is.EqualTo(ConflictSeverity.Warning));
        Assert.That(flag.Evidence.Single().Reference, Is.EqualTo("P3"));
    }

    [Test]
    public void Waiver_CoveringTheFlag_MakesItWaivedAndThePairClear()
    {
        var evidence = TwoPersons();
        evidence.AddWork("W1", WorkKind.Paper, "Paper", new EvidenceDate(2020), [Applicant, Reviewer]);
        var waiver = new Waiver(Reviewer, Applicant, ConflictRelation.Coauthor, "panel chair approved: only reviewer in field", "J. Chair", new DateTimeOffset(2021, 7, 1, 9, 0, 0, TimeSpan.Zero), "waivers.csv:2");

        var pair = Check(evidence, waivers: [waiver]);

        Assert.That(pair.Verdict, Is.EqualTo(ConflictVerdict.Clear));
        Assert.That(pair.Flags.Single().WaivedBy, Is.EqualTo(waiver));
    }

    [Test]
    public void Declared_AdvisorLongAgo_IsConflictForLifeInEitherOrder()
    {
        var evidence = TwoPersons();
        var advisor = new DeclaredRelation(Reviewer, Applicant, ConflictRelation.Advisor, "advisor", new EvidenceDate(1990, 9), new EvidenceDate(1995, 6), "PhD advisor", "relations.csv:2");

        var pair = Check(evidence, declared: [advisor]);

        Assert.That(pair.Flags.Single().Relation, Is.EqualTo(ConflictRelation.Advisor));
        Assert.That(pair.Flags.Single().Window.Start, Is.Null);
        Assert.That(pair.Flags.Single().Evidence.Single().When, Is.EqualTo("1990-09 (month only) to 1995-06 (month only) (relations.csv:2)"));
    }

    [Test]
    public void SamePerson_NameVariantAtTheSameOrganization_IsConflict_NameAloneIsWarning()
    {
        var evidence = TwoPersons();
        evidence.AddPerson(new ConflictPerson(Reviewer, "A. Applicant", ["applicant|a", "applicant|ada"]));

        Assert.That(Check(evidence).Flags.Single().Severity, Is.EqualTo(ConflictSeverity.Warning));

        evidence.AddAffiliation(new AffiliationEvidence(Reviewer, "I1", "Alpha University", "US", new EvidenceDate(2001), new EvidenceDate(2003)));
        var flag = Check(evidence).Flags.First(f => f.Relation == ConflictRelation.SamePerson);
        Assert.That(flag.Severity, Is.EqualTo(ConflictSeverity.Conflict));
    }
}
