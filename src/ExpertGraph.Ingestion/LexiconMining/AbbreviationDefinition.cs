namespace ExpertGraph.Ingestion.LexiconMining;

/// <summary>A short form and the long form a text defines it by, as written ("MPAs", "marine protected areas").</summary>
internal sealed record AbbreviationDefinition(string ShortForm, string LongForm);
