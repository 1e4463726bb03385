namespace ExpertGraph.Ingestion.Vocabularies;

/// <summary>One MeSH concept (ConceptUI M…) of a descriptor while it is read: its preferred term and all its terms.</summary>
internal sealed class MeshConcept(string id)
{
    public string Id { get; } = id;
    public string Label { get; set; } = "";
    public List<VocabularyTerm> Terms { get; } = [];
}
