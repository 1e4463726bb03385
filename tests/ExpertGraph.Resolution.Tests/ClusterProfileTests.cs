using ExpertGraph.Core.Names;
using ExpertGraph.Resolution.Features;

namespace ExpertGraph.Resolution.Tests;

public sealed class ClusterProfileTests
{
    private static readonly MentionProfiler Profiler = new(PersonNameKeys.Load());

    [Test]
    public void A_cluster_unions_its_evidence_and_keeps_the_most_frequent_name_and_institution()
    {
        var block = new[]
        {
            Profiler.Profile(new MentionSignature("a", "Wen Gao") { Coauthors = ["Tiejun Huang"], Affiliations = ["Peking University, Beijing"], Year = 2004, Orcid = "0000-0001" }),
            Profiler.Profile(new MentionSignature("b", "W. Gao") { Coauthors = ["Siwei Ma"], Affiliations = ["Peking University"], Year = 2010 }),
            Profiler.Profile(new MentionSignature("c", "Wen Gao") { Coauthors = ["Tiejun Huang", "Debin Zhao"], Affiliations = ["Harbin Institute of Technology"], Year = 1998 }),
        };

        var cluster = ClusterProfile.Of(block, [0, 1, 2]);

        Assert.Multiple(() =>
        {
            Assert.That(Profiler.Tokens.TextsOf(cluster.Merged.Coauthors), Is.EqualTo(new[] { "huang|tiejun", "ma|siwei", "zhao|debin" }));
            Assert.That(cluster.Merged.FirstGiven, Is.EqualTo("wen"), "two of three write it in full");
            Assert.That(cluster.Merged.Institution, Is.EqualTo("peking university"));
            Assert.That((cluster.FirstYear, cluster.LastYear, cluster.Merged.Year), Is.EqualTo((1998, 2010, 2004)), "year is the median");
            Assert.That(cluster.Merged.Orcid, Is.EqualTo("0000-0001"), "the only ORCID its members carry");
            Assert.That(cluster.Size, Is.EqualTo(3));
        });
    }

    [Test]
    public void Two_orcids_in_one_cluster_leave_none()
    {
        var block = new[]
        {
            Profiler.Profile(new MentionSignature("a", "Wen Gao") { Orcid = "0000-0001" }),
            Profiler.Profile(new MentionSignature("b", "Wen Gao") { Orcid = "0000-0002" }),
        };

        Assert.That(ClusterProfile.Of(block, [0, 1]).Merged.Orcid, Is.Null);
    }
}
