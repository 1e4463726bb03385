namespace ExpertGraph.Core.Lexicon;

/// <summary>How a term names its concept. The order is the order of trust: a preferred label outranks a translation.</summary>
public enum TermKind
{
    Preferred,
    Synonym,
    Abbreviation,
    Translation,
    NearSynonym,
}
