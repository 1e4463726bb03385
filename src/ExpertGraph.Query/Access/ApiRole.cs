namespace ExpertGraph.Query.Access;

/// <summary>
/// What an API key may do. Each role has every right of the roles before it: a review organizer can do what a scout
/// can, plus conflict checks and reviewer recommendations; an analyst adds shortlists, exports and reports; an admin adds
/// ingestion, curation, keys and the audit log (docs/api.md).
/// </summary>
public enum ApiRole
{
    Scout = 1,
    ReviewOrganizer = 2,
    Analyst = 3,
    Admin = 4,
}
