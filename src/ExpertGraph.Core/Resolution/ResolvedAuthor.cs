using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Resolution;

/// <summary>A mention with the person it was resolved to and the institution it names, if any.</summary>
public sealed record ResolvedAuthor(AuthorMention Mention, PersonId Person, InstitutionId? Institution)
{
    /// <summary>The mention's name block as the resolver computed it (null: the resolver has no name keys), stored with the authorship.</summary>
    public string? BlockKey { get; init; }
}
