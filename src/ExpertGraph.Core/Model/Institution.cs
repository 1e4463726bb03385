namespace ExpertGraph.Core.Model;

/// <summary>An institution as stored: normalized name and ISO country code.</summary>
public sealed record Institution(InstitutionId Id, string Name, string? CountryCode);
