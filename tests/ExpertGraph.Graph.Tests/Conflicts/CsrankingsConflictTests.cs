using ExpertGraph.Core.Model;
using ExpertGraph.Graph.Conflicts;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Graph.Tests.Conflicts;

/// <summary>Conflict checks on real co-author rows of csrankings (2017 snapshot); each expected value read off the CSV by grep.</summary>
public class CsrankingsConflictTests
{
    private CsrankingsEvidence _data = null!;

    [OneTimeSetUp]
    public void LoadSnapshot() => _data = CsrankingsEvidence.Load(SharedData.Path(CsrankingsEvidence.Folder));

    private ConflictPair Check(string applicant, string reviewer, string date, ConflictPolicy? policy = null) =>
        new ConflictChecker(_data.Evidence)
            .Check(new ConflictRequest([_data[applicant]], [_data[reviewer]], policy ?? ConflictPolicy.Nsf, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)))
            .Pairs.Single();

    // faculty-coauthors.csv:16  "Dimitris Achlioptas,Rüdiger L. Urbanke,2016,act" (their only row; Urbanke at EPFL, Achlioptas at UC Santa Cruz)
    [TestCase("2020-12-31", true, TestName = "Nsf_AchlioptasUrbanke2016_InsideOnTheLastDayOf48Months")]
    [TestCase("2021-01-01", false, TestName = "Nsf_AchlioptasUrbanke2016_OutsideOneDayLater")]
    public void Nsf_YearOnlyRowAtTheEdge(string date, bool conflict)
    {
        var pair = Check("Dimitris Achlioptas", "Rüdiger L. Urbanke", date);

        var coauthor = pair.Flags.Where(f => f.Relation == ConflictRelation.Coauthor).ToList();
        Assert.That(coauthor, Has.Count.EqualTo(conflict ? 1 : 0));
        Assert.That(pair.Verdict, Is.EqualTo(conflict ? ConflictVerdict.Conflict : ConflictVerdict.Clear));
        if (conflict)
        {
            Assert.That(coauthor[0].Window.Months, Is.EqualTo(48));
            Assert.That(coauthor[0].Evidence.Single().When, Does.StartWith("2016 (year only)"));
        }
    }

    // The same row under NIH's 36 months: inside to 2019-12-31, outside from 2020-01-01.
    [TestCase("2019-12-31", ConflictVerdict.Conflict)]
    [TestCase("2020-01-01", ConflictVerdict.Clear)]
    public void Nih_AchlioptasUrbanke2016_ThreeYearWindow(string date, ConflictVerdict expected) =>
        Assert.That(Check("Dimitris Achlioptas", "Rüdiger L. Urbanke", date, ConflictPolicy.Nih).Verdict, Is.EqualTo(expected));

    // Latest rows of de Alfaro and Majumdar: 29686 "Rupak Majumdar,Luca de Alfaro,2007,log" and 52345 the reverse.
    [TestCase("Luca de Alfaro", "Rupak Majumdar")]
    [TestCase("Rupak Majumdar", "Luca de Alfaro")]
    public void Nsf_DeAlfaroMajumdar2007_FlaggedInBothDirectionsUntilEndOf2011(string applicant, string reviewer)
    {
        Assert.That(Check(applicant, reviewer, "2011-12-31").Flags.Single(f => f.Relation == ConflictRelation.Coauthor).Evidence[0].When, Does.StartWith("2007 (year only)"));
        Assert.That(Check(applicant, reviewer, "2012-01-01").Flags.Any(f => f.Relation == ConflictRelation.Coauthor), Is.False);
    }

    // faculty-affiliations.csv: "Dimitris Achlioptas , University of California - Santa Cruz" and "Allen Van Gelder , University
    // of California - Santa Cruz" (no co-author row between them): same institution in July 2017, for 12 months.
    [TestCase("2018-07-31", ConflictVerdict.Conflict)]
    [TestCase("2018-08-01", ConflictVerdict.Clear)]
    public void Nsf_SameInstitutionAsOfJuly2017_ForTwelveMonths(string date, ConflictVerdict expected)
    {
        var pair = Check("Dimitris Achlioptas", "Allen Van Gelder", date);

        Assert.That(pair.Verdict, Is.EqualTo(expected));
        if (expected == ConflictVerdict.Conflict)
            Assert.That(pair.Flags.Single(f => f.Relation == ConflictRelation.SameInstitution).Evidence.Select(e => e.Subject), Is.All.EqualTo("University of California - Santa Cruz"));
    }

    // "Carlos Guestrin" is only a co-author name (row 1356 "Jure Leskovec,Carlos Guestrin,2006,mlmining"), with no
    // faculty-affiliations row: outside the window he is unknown, not clear; inside it the co-authorship still wins.
    [TestCase("2017-06-30", ConflictVerdict.Unknown)]
    [TestCase("2010-12-31", ConflictVerdict.Conflict)]
    public void CoauthorWithoutAffiliation_UnknownUnlessAConflictIsFound(string date, ConflictVerdict expected)
    {
        var pair = Check("Jure Leskovec", "Carlos Guestrin", date);

        Assert.That(pair.Verdict, Is.EqualTo(expected));
        Assert.That(pair.UnknownBecause, Is.EqualTo(new[] { $"{_data["Carlos Guestrin"]} has no affiliation data" }));
    }

    /// <summary>
    /// 10 applicants × 1,000 reviewers: every co-author row inside the 48-month window (a year Y is inside when
    /// Y ≥ the window's first year and Y ≤ the reference year) is flagged with evidence and window, and no pair without
    /// such a row gets a co-author flag.
    /// </summary>
    [Test]
    public void Nsf_TenApplicantsByThousandReviewers_FlagsExactlyThePairsWithARowInTheWindow()
    {
        var reference = new DateOnly(2017, 6, 30);
        var busiest = _data.Collaborations.Where(c => c.Year >= 2013).SelectMany(c => new[] { c.A, c.B })
            .Where(_data.Faculty.Contains).GroupBy(n => n, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(10).Select(g => g.Key).ToList();
        // Planted: every faculty co-author of an applicant from 2009 on (inside and outside the window), then others up to 1,000.
        var planted = _data.Collaborations.Where(c => c.Year >= 2009 && (busiest.Contains(c.A) || busiest.Contains(c.B)))
            .SelectMany(c => new[] { c.A, c.B }).Where(_data.Faculty.Contains);
        var reviewers = planted.Concat(_data.Faculty).Except(busiest).Distinct(StringComparer.Ordinal).Take(1000).ToList();
        var inWindow = _data.Collaborations.Where(c => c.Year is >= 2013 and <= 2017)
            .Select(c => (c.A, c.B)).ToHashSet();
        var expected = busiest.SelectMany(a => reviewers.Where(r => inWindow.Contains(Ordered(a, r))).Select(r => (_data[a], _data[r]))).ToHashSet();

        var report = new ConflictChecker(_data.Evidence).Check(new ConflictRequest([.. busiest.Select(n => _data[n])], [.. reviewers.Select(n => _data[n])], ConflictPolicy.Nsf, reference));
        var flagged = report.Pairs.SelectMany(p => p.Flags).Where(f => f.Relation == ConflictRelation.Coauthor).ToList();

        var outsideOnly = _data.Collaborations.Where(c => c.Year is >= 2009 and <= 2012).Select(c => (c.A, c.B)).Where(p => !inWindow.Contains(p))
            .Count(p => (busiest.Contains(p.A) && reviewers.Contains(p.B)) || (busiest.Contains(p.B) && reviewers.Contains(p.A)));
        Assert.That(expected, Has.Count.GreaterThan(50), "the sample must plant enough co-authorships to mean something");
        Assert.That(outsideOnly, Is.GreaterThan(10), "and co-authorships that ended before the window");
        Assert.That(flagged.Select(f => (f.Applicant, f.Reviewer)).ToHashSet(), Is.EquivalentTo(expected));
        Assert.That(flagged.SelectMany(f => f.Evidence).Select(e => int.Parse(e.When[..4], System.Globalization.CultureInfo.InvariantCulture)), Is.All.InRange(2013, 2017));
        Assert.That(flagged, Has.All.Matches<ConflictFlag>(f => f.Evidence.Count > 0 && f.Window.Start == new DateOnly(2013, 6, 30)));
    }

    private static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
