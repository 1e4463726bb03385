namespace ExpertGraph.Core.Model;

/// <summary>A link on a profile page to another page about the same person.</summary>
public sealed record PageLink(string Label, string Url);
