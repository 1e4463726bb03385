namespace ExpertGraph.Api.Auditing;

/// <summary>The actions the audit log names (docs/api.md).</summary>
public static class AuditActions
{
    public const string Search = "search";
    public const string PersonLookup = "person.lookup";
    public const string Profile = "person.profile";
    public const string Peers = "person.peers";
    public const string Path = "path";
    public const string Conflicts = "conflicts";
    public const string Reviewers = "reviewers";
    public const string WaiverUsed = "conflicts.waiver";
    public const string Merge = "curation.merge";
    public const string Split = "curation.split";
    public const string Pin = "curation.pin";
    public const string ShortlistShow = "shortlist.show";
    public const string ShortlistCreate = "shortlist.create";
    public const string ShortlistAdd = "shortlist.add";
    public const string ShortlistRemove = "shortlist.remove";
    public const string ShortlistDelete = "shortlist.delete";
    public const string ExportShortlist = "export.shortlist";
    public const string ExportReport = "export.report";
    public const string ExportNeo4j = "export.neo4j";
    public const string ExportGraphMl = "export.graphml";
    public const string IngestStart = "ingest.start";
    public const string IngestEnd = "ingest.end";
    public const string Flows = "growth.flows";
    public const string Trends = "growth.trends";
}
