using ExpertGraph.Core.Names;
using ExpertGraph.Resolution.Batch;
using ExpertGraph.Resolution.Features;
using ExpertGraph.Resolution.Model;

namespace ExpertGraph.Resolution.Tests;

/// <summary>Batch re-resolution of a stored block with the shipped model: ids carry over, curator decisions hold.</summary>
public sealed class BlockReResolverTests
{
    private static readonly MentionProfiler Profiler = new(PersonNameKeys.Load());
    private static readonly BlockReResolver Resolver = new(ResolutionModel.Load());

    private static MentionProfile Video(string work, int year, params string[] coauthors) => Profiler.Profile(
        new MentionSignature(work + "#0", "Wen Gao") { WorkId = work, Year = year, Venue = "IEEE Trans. Circuits Syst. Video Techn.", Coauthors = coauthors });

    private static MentionProfile Chemist(string work) => Profiler.Profile(
        new MentionSignature(work + "#0", "Wen Gao") { WorkId = work, Year = 1995, Venue = "J. Phys. Chem.", Coauthors = ["R. Smith"], Affiliations = ["Dept. of Chemistry, Univ. of Utah"] });

    /// <summary>Three video-coding papers sharing co-authors, split over persons 1 and 5, and a chemist, person 2.</summary>
    private static List<StoredMention> Block(long? pinW3 = null) =>
    [
        new("w1#0", 1, null, Video("w1", 2004, "Tiejun Huang", "Siwei Ma")),
        new("w2#0", 1, null, Video("w2", 2005, "Siwei Ma", "Debin Zhao")),
        new("w3#0", 5, pinW3, Video("w3", 2006, "Tiejun Huang", "Debin Zhao", "Siwei Ma")),
        new("c1#0", 2, null, Chemist("c1")),
    ];

    private static BlockReResolution Resolve(List<StoredMention> block, params (long, long)[] separations) =>
        Resolver.Resolve(block, separations.ToHashSet());

    [Test]
    public void The_papers_of_one_person_split_over_two_ids_merge_under_the_id_holding_more_of_them()
    {
        var result = Resolve(Block());

        Assert.Multiple(() =>
        {
            Assert.That(result.Targets(4), Is.EqualTo(new long[] { 1, 1, 1, 2 }));
            Assert.That(result.Successors, Is.EqualTo(new Dictionary<long, long> { [5] = 1 }));
            Assert.That(result.Persons.Single(p => p.Id == 1).Confidence, Is.GreaterThan(0.5f));
        });
    }

    [Test]
    public void Re_resolving_the_result_again_changes_nothing()
    {
        var once = Resolve(Block());
        var targets = once.Targets(4);
        var again = Block().Select((m, i) => m with { Person = targets[i] }).ToList();

        var twice = Resolve(again);

        Assert.That((twice.Targets(4), twice.Successors.Count), Is.EqualTo((targets, 0)));
    }

    [Test]
    public void A_pinned_mention_brings_its_pinned_person_id_to_its_cluster()
    {
        var result = Resolve(Block(pinW3: 5));

        Assert.That((result.Targets(4), result.Successors), Is.EqualTo((new long[] { 5, 5, 5, 2 }, new Dictionary<long, long> { [1] = 5 })));
    }

    [Test]
    public void Persons_a_curator_separated_are_never_merged()
    {
        var result = Resolve(Block(), (5, 1));

        Assert.That((result.Targets(4), result.Successors.Count), Is.EqualTo((new long[] { 1, 1, 5, 2 }, 0)));
    }
}
