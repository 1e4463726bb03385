namespace ExpertGraph.Resolution.Gold;

/// <summary>A mention with its gold person (unique within the set) and the group the train/held-out split is made by.</summary>
/// <param name="Group">The name (AMiner), name block (S2AND, inventor sets) the mention belongs to: whole groups go to
/// one side of the split, so that no held-out name was seen in training.</param>
public sealed record GoldMention(MentionSignature Signature, string Person, string Group);

/// <summary>A labelled pair of mentions (MEDLINE same-author pairs); <paramref name="Test"/> follows the source's split.</summary>
public sealed record GoldPair(MentionSignature First, MentionSignature Second, bool SamePerson, bool Test);

/// <summary>
/// One gold standard read from ../shared/data/disambiguation: clustered mentions (AMiner, S2AND, inventor sets) or
/// labelled pairs (MEDLINE). <see cref="Name"/> names the set in reports ("aminer", "patentsview/lai-2011").
/// </summary>
public sealed record GoldSet(string Name, string Path)
{
    public IReadOnlyList<GoldMention> Mentions { get; init; } = [];

    public IReadOnlyList<GoldPair> Pairs { get; init; } = [];

    /// <summary>What the source leaves out, said in reports (for instance "no co-authors: papers.json not included").</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
