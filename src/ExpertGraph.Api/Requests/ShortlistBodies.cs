namespace ExpertGraph.Api.Requests;

/// <summary>POST /api/shortlists: a new, empty shortlist and its note.</summary>
public sealed record ShortlistBody(string? Name, string? Note);

/// <summary>POST /api/shortlists/{name}/entries: persons appended in this order (ids as search gives them), with a note for each.</summary>
public sealed record ShortlistEntriesBody(string[]? Persons, string? Note);
