namespace ExpertGraph.Core.Lexicon;

/// <summary>What the lexicon's normalization does with a character.</summary>
internal enum CharRole
{
    /// <summary>Letters, digits and marks: kept (case-folded, simplified).</summary>
    Content,

    /// <summary>Whitespace, punctuation, symbols: a run of them becomes one space, so "non-small-cell" = "non small cell".</summary>
    Separator,

    /// <summary>Format characters (soft hyphen, zero-width joiners): removed without a trace, they sit inside words.</summary>
    Dropped,
}
