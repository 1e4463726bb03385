using ExpertGraph.Core.Names;
using ExpertGraph.Resolution.Anomalies;
using ExpertGraph.Resolution.Features;

namespace ExpertGraph.Resolution.Tests;

public sealed class ConflationDetectorTests
{
    private static readonly MentionProfiler Profiler = new(PersonNameKeys.Load());

    private static MentionProfile Work(int n, int year, string venue, string coauthor, string? orcid = null) => Profiler.Profile(
        new MentionSignature("m" + n, "Jun Li") { WorkId = "w" + n, Year = year, Venue = venue, Coauthors = [coauthor], Orcid = orcid });

    [Test]
    public void More_works_in_a_year_than_the_hyperprolific_bound_is_flagged_with_the_count()
    {
        var works = Enumerable.Range(0, 73).Select(i => Work(i, 2010, "ICPR", "Ann Lee")).ToList();

        Assert.That(ConflationDetector.Inspect(works), Is.EqualTo(new[]
        {
            new ConflationFlag(ConflationSign.TooManyWorksInAYear, "73 works in 2010 (bound 72)"),
        }));
    }

    [Test]
    public void Two_orcids_are_incompatible_hard_ids()
    {
        var works = new[] { Work(1, 2010, "ICPR", "Ann Lee", "0000-0002-0000-0001"), Work(2, 2011, "ICPR", "Ann Lee", "0000-0002-0000-0002") };

        Assert.That(ConflationDetector.Inspect(works), Is.EqualTo(new[]
        {
            new ConflationFlag(ConflationSign.IncompatibleHardIds, "ORCIDs 0000-0002-0000-0001, 0000-0002-0000-0002"),
        }));
    }

    [Test]
    public void Two_groups_sharing_no_coauthor_and_no_venue_with_each_other_are_disjoint()
    {
        var works = Enumerable.Range(0, 5).Select(i => Work(i, 2000 + i, "J. Phys. Chem.", "Ann Lee"))
            .Concat(Enumerable.Range(5, 6).Select(i => Work(i, 2000 + i, "ICPR", "Bo Chen")))
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(ConflationDetector.Inspect(works), Is.EqualTo(new[]
            {
                new ConflationFlag(ConflationSign.DisjointGroups, "2 groups of works sharing no co-author, venue or topic: 6, 5 works"),
            }));
            Assert.That(ConflationDetector.Inspect(works.Take(5).Append(Work(99, 2009, "ICPR", "Ann Lee")).ToList()), Is.Empty, "one group, one tiny outlier");
        });
    }

    [Test]
    public void Confidence_is_how_strongly_members_hold_to_their_cluster_or_a_single_mention_stands_apart()
    {
        // Mentions 0 and 1 together (0.9), mention 2 alone; its best probability elsewhere is 0.3.
        float[] similarity = [0, 0.9f, 0.2f, 0.9f, 0, 0.3f, 0.2f, 0.3f, 0];

        var confidence = ConflationDetector.Confidence([0, 0, 1], similarity);

        Assert.That(confidence, Is.EqualTo(new[] { 0.9f, 0.7f }).Within(1e-6));
    }
}
