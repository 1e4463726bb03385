namespace ExpertGraph.Query.Peers;

/// <summary>A concept in both persons' profiles, with its weight in each.</summary>
public sealed record SharedConcept(string ConceptId, string Label, double PersonWeight, double PeerWeight);
