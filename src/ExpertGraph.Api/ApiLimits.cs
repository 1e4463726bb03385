namespace ExpertGraph.Api;

/// <summary>Bounds on what one request may ask for: larger asks are a 400 naming the limit, never a long-running request.</summary>
public static class ApiLimits
{
    /// <summary>Results per request (search hits, persons, peers, audit rows).</summary>
    public const int MaxResults = 100;

    public const int MaxApplicants = 50;

    public const int MaxReviewers = 1000;

    /// <summary>Our people a path may start from.</summary>
    public const int MaxPathSources = 1000;

    public const int MaxPaths = 10;

    public const int MaxQueryLength = 2000;

    /// <summary>A topic or an application's abstract given as text.</summary>
    public const int MaxTopicLength = 20_000;

    /// <summary>Persons added to or named in one shortlist request.</summary>
    public const int MaxShortlistPersons = 1000;

    /// <summary>A shortlist's name (as the store allows) and an analyst's note.</summary>
    public const int MaxShortlistName = 200;

    public const int MaxNoteLength = 2000;

    /// <summary>Declared relations, institution aliases and waivers (each list) in one conflict or reviewer request.</summary>
    public const int MaxCuratorEntries = 1000;

    /// <summary>Files or folders named in one ingest request.</summary>
    public const int MaxIngestPaths = 100;
}
