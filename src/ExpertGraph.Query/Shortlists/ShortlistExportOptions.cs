namespace ExpertGraph.Query.Shortlists;

/// <summary>What a shortlist export adds beyond the store: where profile links point, and how many concepts are listed.</summary>
public sealed record ShortlistExportOptions
{
    /// <summary>Where the profile link's base URL is read from when none is given.</summary>
    public const string BaseUrlVariable = "EXPERTGRAPH_PUBLIC_URL";

    /// <summary>The base URL profile links start with: a link is the base + /persons/{id} (id as P12).</summary>
    public string ProfileBaseUrl { get; init; } = Environment.GetEnvironmentVariable(BaseUrlVariable) is { Length: > 0 } configured ? configured : "http://localhost:5000";

    /// <summary>Concepts listed per level (disciplines at level 2, subfields at level 3).</summary>
    public int ConceptsPerLevel { get; init; } = 3;

    /// <summary>The clock career ages count to.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Every problem of these options, none when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!Uri.TryCreate(ProfileBaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            problems.Add($"the profile base URL must be an absolute http(s) URL, not '{ProfileBaseUrl}'");
        if (ConceptsPerLevel is < 0 or > 20) problems.Add("concepts per level must be between 0 and 20");
        if (Time is null) problems.Add("a clock is needed");
        return problems;
    }

    /// <summary>The link to a person's profile page.</summary>
    public string ProfileLink(Core.Model.PersonId person) => ProfileBaseUrl.TrimEnd('/') + "/persons/" + person;
}
