namespace ExpertGraph.Ingestion.Medline;

/// <summary>One tagged field of a MEDLINE text record ("TI  - …"), its continuation lines joined by single spaces.</summary>
internal sealed record MedlineTextField(string Tag, string Value);
