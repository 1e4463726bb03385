namespace ExpertGraph.Core.Storage;

/// <summary>One entry of a person's concept profile, as of the last rebuild of the derived tables.</summary>
public sealed record PersonConcept(Model.PersonId Person, string ConceptId, double Weight, int WorkCount);
