namespace ExpertGraph.Query;

/// <summary>What `lexicon retag` did: works read, works with at least one tag, works whose tags changed.</summary>
public sealed record LexiconRetag(long Works, long Tagged, long Changed);
