using ExpertGraph.Core.Model;

namespace ExpertGraph.Search.Experts;

/// <summary>A topic search for experts. <see cref="Text"/> is free text in any language; Lucene syntax is tolerated, never fatal.</summary>
public sealed record ExpertQuery(string Text)
{
    public WorkKind? Kind { get; init; }
    /// <summary>ISO 3166-1 alpha-2; keeps experts whose institution is in this country.</summary>
    public string? CountryCode { get; init; }
    public int Limit { get; init; } = 20;
    public int TopWorksPerExpert { get; init; } = 3;
    /// <summary>How many best-matching works are aggregated into experts.</summary>
    public int CandidateWorks { get; init; } = 2000;
    /// <summary>Expand the query through the lexicon (when the searcher has one): concepts, both languages, descendants.</summary>
    public bool Expand { get; init; } = true;
    /// <summary>
    /// <see cref="Text"/> is a whole document (a proposal's or manuscript's title and abstract, up to
    /// <see cref="MaxDocumentLength"/> characters): its most distinctive words make the works query, not its syntax.
    /// </summary>
    public bool IsDocument { get; init; }

    public const int MaxTextLength = 1000;
    public const int MaxDocumentLength = 100_000;

    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Text)) problems.Add("query text is empty");
        if (!IsDocument && Text is { Length: > MaxTextLength }) problems.Add($"query text is longer than {MaxTextLength} characters (a whole document is searched as one)");
        if (IsDocument && Text is { Length: > MaxDocumentLength }) problems.Add($"query document is longer than {MaxDocumentLength} characters");
        if (Limit is < 1 or > 1000) problems.Add("limit must be between 1 and 1000");
        if (TopWorksPerExpert is < 0 or > 50) problems.Add("top works per expert must be between 0 and 50");
        if (CandidateWorks is < 1 or > 100_000) problems.Add("candidate works must be between 1 and 100000");
        if (CountryCode is { } country && (country.Length != 2 || !country.All(char.IsAsciiLetter)))
            problems.Add($"country '{country}' is not a two-letter ISO 3166 code");
        return problems;
    }
}
