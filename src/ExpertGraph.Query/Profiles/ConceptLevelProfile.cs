namespace ExpertGraph.Query.Profiles;

/// <summary>A person's strongest concepts at one lexicon level, strongest first.</summary>
public sealed record ConceptLevelProfile(int Level, IReadOnlyList<ProfileConcept> Concepts);
