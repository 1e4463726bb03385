namespace ExpertGraph.Api.Requests;

/// <summary>A declared relation, as a line of the CLI's --relations CSV (a,b,kind,from,to,note); dates YYYY, YYYY-MM or YYYY-MM-DD.</summary>
public sealed record DeclaredRelationBody(string? A, string? B, string? Kind, string? From = null, string? To = null, string? Note = null);

/// <summary>An institution alias, as a line of the CLI's --aliases CSV (organization,alias).</summary>
public sealed record InstitutionAliasBody(string? Organization, string? Alias);

/// <summary>A waiver, as a line of the CLI's --waivers CSV (applicant,reviewer,relation,reason,approver,time); time ISO 8601.</summary>
public sealed record WaiverBody(string? Applicant, string? Reviewer, string? Relation, string? Reason, string? Approver, string? Time);
