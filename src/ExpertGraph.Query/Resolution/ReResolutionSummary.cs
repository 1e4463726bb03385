namespace ExpertGraph.Query.Resolution;

/// <summary>
/// What `persons resolve` did. Mentions: every mention of the blocks re-resolved; <see cref="MentionsMoved"/> of them
/// changed person. Persons: those the re-resolved blocks held before; <see cref="PersonsRetired"/> of them lost all their
/// mentions and now redirect to a successor, so <see cref="PersonIdsKept"/> = persons before − retired.
/// </summary>
public sealed record ReResolutionSummary(
    int Blocks,
    int BlocksSkipped,
    int LargestSkipped,
    long Mentions,
    long MentionsMoved,
    long PersonsBefore,
    long PersonsCreated,
    long PersonsRetired,
    long PersonsFlagged,
    TimeSpan Elapsed)
{
    public long PersonIdsKept => PersonsBefore - PersonsRetired;

    public long MentionsKept => Mentions - MentionsMoved;
}
