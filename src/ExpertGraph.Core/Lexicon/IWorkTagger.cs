using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Lexicon;

/// <summary>Tags a work with the lexicon concepts its text names (and their ancestors), strongest first. Thread-safe.</summary>
public interface IWorkTagger
{
    IReadOnlyList<WorkConcept> Tag(Work work);
}
