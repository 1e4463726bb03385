namespace ExpertGraph.Core.Model;

/// <summary>A paper, patent or funded project as read from one source record.</summary>
public sealed record Work(SourceKey Key, WorkKind Kind, string Title)
{
    public string? Abstract { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public int? Year { get; init; }
    /// <summary>Journal, conference, book title; for a project the funding programme (e.g. 面上项目).</summary>
    public string? Venue { get; init; }
    /// <summary>ISO 639-1 code ("en", "zh") when the source gives it or the text makes it plain.</summary>
    public string? Language { get; init; }
    public IReadOnlyList<WorkIdentifier> Identifiers { get; init; } = [];
    public IReadOnlyList<ClassificationCode> Classifications { get; init; } = [];
    public FundingAmount? Funding { get; init; }
    /// <summary>Citation count when the source gives one (OpenAlex cited_by_count).</summary>
    public int? CitationCount { get; init; }
    /// <summary>Authors, inventors or investigators, in source order.</summary>
    public IReadOnlyList<AuthorMention> Authors { get; init; } = [];
    /// <summary>Organizations that own a patent or host a project (assignees, host institutions), when not tied to a person.</summary>
    public IReadOnlyList<AffiliationMention> Organizations { get; init; } = [];
    /// <summary>
    /// Lexicon concepts, assigned by the tagger at ingestion (not by readers), strongest first. Not part of the content
    /// hash: a new lexicon does not make a record "changed upstream".
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<WorkConcept> Concepts { get; init; } = [];

    /// <summary>
    /// Countries of the authors' affiliations, distinct and in ordinal order: what the works index filters by. One
    /// definition for ingestion and for the store (which keeps them so the index can be rebuilt from the store alone).
    /// </summary>
    public IReadOnlyList<string> AffiliationCountryCodes()
    {
        var countries = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var author in Authors)
            foreach (var affiliation in author.Affiliations)
                if (affiliation.CountryCode is { } code) countries.Add(code);
        return [.. countries];
    }
}
