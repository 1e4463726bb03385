namespace ExpertGraph.Core.Curation;

/// <summary>What a curator did, as the curation log names it.</summary>
public enum CurationAction
{
    Merge,
    Split,
    Pin,
}
