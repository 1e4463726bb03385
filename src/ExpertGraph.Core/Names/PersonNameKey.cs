namespace ExpertGraph.Core.Names;

/// <summary>
/// The keys a person is blocked and matched by. <see cref="Blocking"/> is "family|initial" ("zhang|w"): every spelling of
/// the name that keeps the family name and the given name's first letter shares it. <see cref="Full"/> is
/// "family|given" ("zhang|wei") and is null when the given name is known only by initials (or not at all).
/// Chinese names use toneless pinyin with the given name's syllables joined ("zhang|xiaoming").
/// </summary>
public sealed record PersonNameKey(string Blocking, string? Full);
