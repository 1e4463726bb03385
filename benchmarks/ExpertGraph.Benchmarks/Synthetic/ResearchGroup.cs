namespace ExpertGraph.Benchmarks.Synthetic;

/// <summary>
/// A research group: a contiguous block of persons at one institution working on one topic. Most co-authors come
/// from the first author's group, drawn by productivity, which is what makes collaborations repeat.
/// </summary>
internal sealed class ResearchGroup(int firstMember, AliasTable members, int institution, int topic, int[] venues, int chineseKeywordSet)
{
    public int FirstMember { get; } = firstMember;

    public int MemberCount => members.Count;

    public int Institution { get; } = institution;

    public int Topic { get; } = topic;

    /// <summary>Indexes into the venue list: a group publishes in a few venues again and again.</summary>
    public int[] Venues { get; } = venues;

    public int ChineseKeywordSet { get; } = chineseKeywordSet;

    /// <summary>Groups this one collaborates with across institutions.</summary>
    public int[] Partners { get; set; } = [];

    public int SampleMember(Random random) => FirstMember + members.Sample(random);
}
