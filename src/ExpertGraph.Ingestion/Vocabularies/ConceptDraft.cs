using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Ingestion.Vocabularies;

/// <summary>A concept while the lexicon is built: merged nodes assembled, translations still to come.</summary>
internal sealed class ConceptDraft(string id, int level, IReadOnlyList<string> parentIds, string labelEn, string labelZh, IReadOnlyList<string> sources)
{
    public string Id { get; } = id;
    public int Level { get; } = level;
    public IReadOnlyList<string> ParentIds { get; } = parentIds;
    public string LabelEn { get; } = labelEn;
    public string LabelZh { get; set; } = labelZh;
    public IReadOnlyList<string> Sources { get; } = sources;
    public List<LexiconTerm> Terms { get; } = [];

    /// <summary>English texts to look up in the dictionaries, each marked when it is a preferred label.</summary>
    public List<(string Text, bool Preferred)> English { get; } = [];

    public Concept ToConcept() => new(Id, Level, ParentIds, LabelZh, LabelEn, Sources);
}
