using ExpertGraph.Core.Names;

namespace ExpertGraph.Core.Model;

/// <summary>One appearance of a person's name on a work. Not a person: resolution turns mentions into persons.</summary>
public sealed record AuthorMention(string RawName, int Position)
{
    /// <summary>Parsed name; filled by the reader when the source splits family and given names, else by normalization.</summary>
    public PersonName? Name { get; init; }
    public AuthorRole Role { get; init; } = AuthorRole.Author;
    public IReadOnlyList<AffiliationMention> Affiliations { get; init; } = [];
    public string? Email { get; init; }
    /// <summary>ORCID as 0000-0000-0000-000X, without the URL prefix.</summary>
    public string? Orcid { get; init; }
    /// <summary>The source's own stable author id (OpenAlex A-id, a DBLP name with its homonym number, ...), scoped by the work's source.</summary>
    public string? SourceAuthorId { get; init; }
}
