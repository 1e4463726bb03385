namespace ExpertGraph.Ingestion.LexiconMining;

/// <summary>
/// The mined terms that enter the overlay, and how many were dropped: already a curated term of the same concept, a
/// curated term of another concept (kept out so data cannot hijack a vocabulary's word), or mined for several concepts
/// without one clearly ahead.
/// </summary>
internal sealed record MinedTermMergeResult(
    IReadOnlyList<MinedTermProposal> Kept,
    int AlreadyCurated,
    int CuratedForAnotherConcept,
    int Conflicting);
