using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Ingestion.LexiconMining;

/// <summary>The result of mining: the overlay terms with their evidence, the candidates for curators, and the counts.</summary>
internal sealed record MinedLexicon(
    int WorksRead,
    int AbbreviationsFound,
    int PairsFound,
    IReadOnlyList<LexiconTerm> Terms,
    IReadOnlyList<MinedEvidence> Evidence,
    IReadOnlyList<MinedCandidate> Candidates,
    MinedTermMergeResult Merge);
