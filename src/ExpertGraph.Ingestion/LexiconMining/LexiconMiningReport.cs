namespace ExpertGraph.Ingestion.LexiconMining;

/// <summary>What <see cref="LexiconMiner.Mine"/> read, found and wrote.</summary>
public sealed record LexiconMiningReport(
    int WorksRead,
    int AbbreviationsFound,
    int PairsFound,
    int TermsAdded,
    int AlreadyCurated,
    int CuratedForAnotherConcept,
    int Conflicting,
    int Candidates,
    string Folder);
