namespace ExpertGraph.Ingestion.Vocabularies;

/// <summary>A MeSH descriptor while its term rows are read: its concepts in file order, the preferred one first at the end.</summary>
internal sealed class MeshDescriptor(string id, string name)
{
    public string Id { get; } = id;
    public string Name { get; } = name;
    public string? PreferredConcept { get; set; }
    public List<MeshConcept> Concepts { get; } = [];

    public MeshConcept Concept(string conceptId)
    {
        // Rows of one concept are adjacent in the file, so the last concept is almost always the one asked for.
        if (Concepts.Count > 0 && Concepts[^1].Id == conceptId) return Concepts[^1];
        var existing = Concepts.Find(c => c.Id == conceptId);
        if (existing is not null) return existing;
        var concept = new MeshConcept(conceptId);
        Concepts.Add(concept);
        return concept;
    }

    public void PutPreferredConceptFirst()
    {
        var index = Concepts.FindIndex(c => c.Id == PreferredConcept);
        if (index <= 0) return;
        var preferred = Concepts[index];
        Concepts.RemoveAt(index);
        Concepts.Insert(0, preferred);
    }
}
