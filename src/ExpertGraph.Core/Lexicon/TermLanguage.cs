namespace ExpertGraph.Core.Lexicon;

/// <summary>The language of a term: the lexicon is bilingual, Chinese (simplified) and English.</summary>
public enum TermLanguage
{
    En,
    Zh,
}
