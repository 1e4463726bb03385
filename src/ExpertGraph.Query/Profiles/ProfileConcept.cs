namespace ExpertGraph.Query.Profiles;

/// <summary>
/// A concept of a person's profile at one level: its weight (the weights of the person's concepts at or under it) and
/// its share of the weight of every concept of that level in the profile.
/// </summary>
public sealed record ProfileConcept(string ConceptId, string LabelZh, string LabelEn, double Weight, double Share);
