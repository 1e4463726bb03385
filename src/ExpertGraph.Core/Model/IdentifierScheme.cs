namespace ExpertGraph.Core.Model;

public enum IdentifierScheme
{
    Doi = 1,
    Pmid,
    Pmcid,
    ArxivId,
    OpenAlexId,
    DblpKey,
    Isbn,
    PatentNumber,
    ApplicationNumber,
    AwardId,
    Other,
}

/// <summary>An external identifier of a work. DOIs are stored lower-case without the resolver prefix.</summary>
public sealed record WorkIdentifier(IdentifierScheme Scheme, string Value);
