namespace ExpertGraph.Graph.Conflicts;

/// <summary>One curator alias: this name or domain is the organization's (<see cref="InstitutionAliases"/>).</summary>
public sealed record InstitutionAlias(string Organization, string Alias);
