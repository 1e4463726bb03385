using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using ExpertGraph.Core.Lexicon;
using ExpertGraph.Core.Names;

namespace ExpertGraph.Resolution.Features;

/// <summary>
/// Reads signatures into <see cref="MentionProfile"/>s: names through <see cref="PersonNameKeys"/> (so 张伟, Zhang Wei and
/// Wei Zhang meet), co-authors as name keys, texts as <see cref="TextTokens"/>, and titles through the lexicon's
/// tagger when the signature brings no concepts; the sets numbered by <paramref name="tokens"/> (a new table when none is
/// given), which every profile it makes shares. Thread-safe.
/// </summary>
public sealed class MentionProfiler(PersonNameKeys names, ConceptTagger? tagger = null, TokenTable? tokens = null)
{
    /// <summary>Co-author names read so far (a work's names recur on each of its mentions, and across works): started over at this size.</summary>
    public const int MaxCachedCoauthorNames = 500_000;

    /// <summary>Mentions' own names read so far (a person's mentions mostly write its name alike): started over at this size.</summary>
    public const int MaxCachedNames = 500_000;

    /// <summary>Affiliations tokenized so far (an author's affiliation recurs on its works): started over at this size.</summary>
    public const int MaxCachedAffiliations = 200_000;

    private readonly BoundedMemo<string?> _coauthorKeys = new(MaxCachedCoauthorNames);
    private readonly BoundedMemo<NameFacts> _names = new(MaxCachedNames);
    private readonly BoundedMemo<int[]> _affiliationTokens = new(MaxCachedAffiliations);

    /// <summary>The table the profiles' sets are numbered by.</summary>
    public TokenTable Tokens { get; } = tokens ?? new TokenTable();

    /// <summary>The last title and venue tokenized: a work's mentions come one after another and share them.</summary>
    private TextTokensOf? _lastTitle, _lastVenue;

    /// <summary>The last signature concepts made a unit vector: a work's mentions share one list (the same array).</summary>
    private ConceptsOfList? _lastConcepts;

    /// <summary>What a mention's own name gives its profile: read once per distinct name.</summary>
    private sealed record NameFacts(string BlockingKey, string? FullKey, string? FirstGiven, string MiddleInitials, bool Chinese, bool HanScript);

    private sealed record TextTokensOf(string? Text, int[] Tokens);

    private sealed record ConceptsOfList(IReadOnlyList<KeyValuePair<int, float>> Concepts, (int, float)[] Unit);

    public MentionProfile Profile(MentionSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var name = NameFactsOf(signature.Name);
        var affiliation = signature.Affiliations.FirstOrDefault(a => !string.IsNullOrWhiteSpace(a));
        var email = signature.Email?.Trim().ToLowerInvariant() is { Length: > 0 } lowered ? lowered : null;
        var orcid = string.IsNullOrWhiteSpace(signature.Orcid) ? null : signature.Orcid.Trim();
        var sourceAuthorId = string.IsNullOrWhiteSpace(signature.SourceAuthorId) ? null : signature.SourceAuthorId;
        return new MentionProfile
        {
            Id = signature.Id,
            Name = signature.Name,
            WorkId = signature.WorkId,
            Written = WrittenHardIds.Of(signature, orcid, email, sourceAuthorId),
            Tokens = Tokens,
            BlockingKey = name.BlockingKey,
            FullKey = name.FullKey,
            FirstGiven = name.FirstGiven,
            MiddleInitials = name.MiddleInitials,
            Chinese = name.Chinese,
            HanScript = name.HanScript,
            Coauthors = CoauthorKeys(signature.Coauthors),
            AffiliationTokens = AffiliationTokensOf(signature.Affiliations),
            Institution = affiliation is null ? null : Folded(affiliation.Split(',')[0]),
            Venue = Folded(signature.Venue),
            VenueTokens = TokensOf(signature.Venue, ref _lastVenue),
            TitleTokens = TokensOf(signature.Title, ref _lastTitle),
            Classifications = Ids(Sorted(signature.Classifications.Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0))),
            Concepts = ConceptsOf(signature),
            Email = email,
            EmailDomain = EmailDomainOf(signature.Email),
            Orcid = orcid,
            SourceAuthorId = sourceAuthorId,
            Year = signature.Year,
        };
    }

    // The memos' compute functions, made once (a method group passed as a delegate allocates one at every call).
    private Func<string, NameFacts>? _readName;
    private Func<string, string?>? _coauthorKey;

    private NameFacts NameFactsOf(string rawName) => _names.GetOrAdd(rawName, _readName ??= ReadName);

    private NameFacts ReadName(string rawName)
    {
        PersonNameParser.TryParse(rawName, out var name);
        var key = name is null ? null : names.KeyOf(name);
        var chinese = name is not null && names.ReadsAsChinese(name);
        var (firstGiven, middle) = name is null ? (null, string.Empty) : GivenParts(key!, name, chinese);
        return new NameFacts(key?.Blocking ?? string.Empty, key?.Full, firstGiven, middle, chinese, name?.Script == NameScript.Han);
    }

    /// <summary>
    /// A title's or venue's tokens, the last ones kept in <paramref name="last"/>: the array is shared by the mentions of
    /// one work (no profile changes its arrays).
    /// </summary>
    private int[] TokensOf(string? text, ref TextTokensOf? last)
    {
        if (last is { } known && string.Equals(known.Text, text, StringComparison.Ordinal)) return known.Tokens;
        var tokens = Ids(Sorted(TextTokens.Of(text)));
        last = new TextTokensOf(text, tokens);
        return tokens;
    }

    /// <summary>The affiliations' tokens; those of one affiliation (the common case) shared as the title's are.</summary>
    private int[] AffiliationTokensOf(IReadOnlyList<string> affiliations) =>
        affiliations.Count == 1
            ? _affiliationTokens.GetOrAdd(affiliations[0], affiliation => Ids(Sorted(TextTokens.Of(affiliation))))
            : Ids(Sorted(affiliations.SelectMany(TextTokens.Of)));

    /// <summary>The ids of sorted texts: in the texts' ordinal order, as profiles keep them.</summary>
    private int[] Ids(string[] sorted) => Tokens.IdsOf(sorted);

    /// <summary>The first given word when written in full, and the initials of the later ones (Latin names only).</summary>
    private static (string? First, string Middle) GivenParts(PersonNameKey key, PersonName name, bool chinese)
    {
        var full = key.Full is { } f ? f[(f.IndexOf('|', StringComparison.Ordinal) + 1)..] : null;
        if (chinese || name.Script == NameScript.Han) return (full, string.Empty);
        var words = full?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var givenWords = name.Given.Split([' ', '.', '-'], StringSplitOptions.RemoveEmptyEntries);
        var middle = new StringBuilder();
        foreach (var word in givenWords.Skip(1))
        {
            var folded = Folded(word);
            if (folded is { Length: > 0 }) middle.Append(folded[0]);
        }

        return (words is { Length: > 0 } ? words[0] : null, middle.ToString());
    }

    private int[] CoauthorKeys(IReadOnlyList<string> coauthors)
    {
        var keys = new List<string>(coauthors.Count);
        foreach (var coauthor in coauthors)
        {
            if (_coauthorKeys.GetOrAdd(coauthor, _coauthorKey ??= CoauthorKey) is { } key) keys.Add(key);
        }

        return Ids(Sorted(keys));
    }

    /// <summary>
    /// The full key where the given name is written out: "li|jun" and "li|jing" are different co-authors, though both are
    /// "li|j"; only a co-author known by initials falls back to the blocking key. Null for a name that does not parse.
    /// </summary>
    private string? CoauthorKey(string coauthor) =>
        PersonNameParser.TryParse(coauthor, out var parsed) && names.KeyOf(parsed) is var key ? key.Full ?? key.Blocking : null;

    private (int, float)[] ConceptsOf(MentionSignature signature)
    {
        // The same list as the last signature's (a work's mentions share it): the same vector, one array for all of them.
        if (signature.Concepts.Count > 0)
        {
            if (_lastConcepts is { } last && ReferenceEquals(last.Concepts, signature.Concepts)) return last.Unit;
            var unit = ConceptVector.Unit(signature.Concepts.Select(c => (c.Key, (double)c.Value)));
            _lastConcepts = new ConceptsOfList(signature.Concepts, unit);
            return unit;
        }

        return tagger is null || string.IsNullOrWhiteSpace(signature.Title)
            ? ConceptVector.Unit([])
            : ConceptVector.Unit(tagger.Profile(signature.Title).Select(c => (c.Concept, (double)c.Weight)));
    }

    private static string? EmailDomainOf(string? email)
    {
        var at = email?.LastIndexOf('@') ?? -1;
        return at < 0 ? null : email![(at + 1)..].Trim().ToLowerInvariant() is { Length: > 0 } domain ? domain : null;
    }

    /// <summary>Lower-case letters and digits, words joined by one space; null when nothing is left.</summary>
    internal static string? Folded(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || string.Equals(text.Trim(), "null", StringComparison.OrdinalIgnoreCase)) return null;
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetter(c)) folded.Append(char.ToLowerInvariant(c));
            else if (folded.Length > 0 && folded[^1] != ' ') folded.Append(' ');
        }

        var result = folded.ToString().Trim();
        return result.Length == 0 ? null : result;
    }

    /// <summary>The distinct values, sorted (ordinal): sorted first, then equal neighbours dropped in place.</summary>
    private static string[] Sorted(IEnumerable<string> values)
    {
        var array = values.ToArray();
        if (array.Length < 2) return array;
        Array.Sort(array, StringComparer.Ordinal);
        var distinct = 1;
        for (var i = 1; i < array.Length; i++)
        {
            if (!string.Equals(array[i], array[distinct - 1], StringComparison.Ordinal)) array[distinct++] = array[i];
        }

        return distinct == array.Length ? array : array[..distinct];
    }
}

/// <summary>
/// Values computed from a string and kept for the next time, thread-safe, started over when <paramref name="capacity"/>
/// additions are reached (a cheap bound: no eviction order to keep up).
/// </summary>
internal sealed class BoundedMemo<T>(int capacity)
{
    private readonly ConcurrentDictionary<string, T> _values = new(StringComparer.Ordinal);
    private int _added;

    public T GetOrAdd(string key, Func<string, T> compute)
    {
        if (_values.TryGetValue(key, out var value)) return value;
        value = compute(key);
        // (ConcurrentDictionary.Count takes every lock: the memo counts its own additions.)
        if (_values.TryAdd(key, value) && Interlocked.Increment(ref _added) > capacity)
        {
            _values.Clear();
            Interlocked.Exchange(ref _added, 0);
        }

        return value;
    }
}
