namespace ExpertGraph.Api.Requests;

/// <summary>POST /api/persons/{id}/merge: persons merged into {id}, and why.</summary>
public sealed record MergeBody(string[]? Sources, string? Reason);

/// <summary>POST /api/persons/{id}/split: mentions of {id} (openalex:W2741809807#0) that go to a new person, and why.</summary>
public sealed record SplitBody(string[]? Mentions, string? Reason);

/// <summary>POST /api/persons/{id}/pin: a mention that is {id}, for every later run, and why.</summary>
public sealed record PinBody(string? Mention, string? Reason);
