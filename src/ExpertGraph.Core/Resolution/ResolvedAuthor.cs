using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Resolution;

/// <summary>A mention with the person it was resolved to and the institution it names, if any.</summary>
public sealed record ResolvedAuthor(AuthorMention Mention, PersonId Person, InstitutionId? Institution)
{
    /// <summary>The mention's name block as the resolver computed it (null: the resolver has no name keys), stored with the authorship.</summary>
    public string? BlockKey { get; init; }

    /// <summary>
    /// In [0, 1], the probability tying the mention to <see cref="Person"/>: 1 for a hard link or a curator's decision,
    /// the model's probability for a mention joining a person, one minus its best probability to any other person for a
    /// mention starting one. Null when the resolver weighs nothing (the exact-key resolver) or only kept an earlier decision.
    /// </summary>
    public double? Confidence { get; init; }

    /// <summary>The mention's encoded profile, stored with the authorship (<see cref="Storage.AuthorshipRow.Profile"/>); null when the resolver makes none.</summary>
    public byte[]? Profile { get; init; }
}
