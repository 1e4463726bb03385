namespace ExpertGraph.Api.Auditing;

/// <summary>The actions the audit log names (docs/api.md). Exports and reports will add theirs here.</summary>
public static class AuditActions
{
    public const string Search = "search";
    public const string PersonLookup = "person.lookup";
    public const string Profile = "person.profile";
    public const string Peers = "person.peers";
    public const string Path = "path";
    public const string Conflicts = "conflicts";
    public const string Reviewers = "reviewers";
    public const string Merge = "curation.merge";
    public const string Split = "curation.split";
    public const string Pin = "curation.pin";
}
