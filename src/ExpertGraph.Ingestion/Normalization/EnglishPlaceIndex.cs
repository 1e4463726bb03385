using System.Collections.Frozen;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Ingestion.Normalization;

/// <summary>
/// Country names, aliases and subdivisions in Latin script, folded by <see cref="PlaceNameText"/>, matched on whole tokens:
/// "Jersey" never matches inside "New Jersey", and the longest name wins where names overlap.
/// </summary>
internal sealed class EnglishPlaceIndex
{
    /// <summary>Names that also occur as ordinary words or in institution names ("Georgia Institute of Technology",
    /// "Beth Israel Deaconess"): they count only when they are a whole comma-separated segment.</summary>
    private static readonly FrozenSet<string> WholeSegmentOnly = new[]
    {
        "georgia", "jordan", "chad", "israel", "lebanon", "niger", "mali", "us", "jersey", "guernsey",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, string> _codeByName;
    private readonly int _maxTokens;

    public EnglishPlaceIndex(CountryLexicon lexicon)
    {
        var codeByName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in lexicon.Entries)
            foreach (var name in entry.Aliases.Prepend(entry.EnglishName))
                Add(codeByName, name, entry.Code);
        foreach (var (code, names) in CountrySubdivisions.English)
            foreach (var name in names)
                Add(codeByName, name, code);
        _codeByName = codeByName.ToFrozenDictionary(StringComparer.Ordinal);
        _maxTokens = codeByName.Keys.Max(name => name.Count(c => c == ' ') + 1);
    }

    /// <summary>The country the whole token sequence names ("peoples r china", "hong kong"), if any.</summary>
    public string? MatchWhole(string[] tokens) =>
        tokens.Length > 0 && _codeByName.TryGetValue(string.Join(' ', tokens), out var code) ? code : null;

    /// <summary>
    /// The country of the right-most name inside the tokens, taking at each position the longest name that starts
    /// there, so that "new south wales" is read before "wales" could be.
    /// </summary>
    public string? MatchRightmost(string[] tokens)
    {
        string? found = null;
        var start = 0;
        while (start < tokens.Length)
        {
            var matchedLength = 0;
            for (var length = Math.Min(_maxTokens, tokens.Length - start); length >= 1; length--)
            {
                var name = string.Join(' ', tokens, start, length);
                if (!_codeByName.TryGetValue(name, out var code)) continue;
                matchedLength = length;
                if (!WholeSegmentOnly.Contains(name)) found = code;
                break;
            }

            start += Math.Max(matchedLength, 1);
        }

        return found;
    }

    private static void Add(Dictionary<string, string> codeByName, string name, string code)
    {
        var folded = PlaceNameText.Fold(name);
        if (folded.Length == 0) return;
        if (codeByName.TryGetValue(folded, out var existing) && existing != code)
            throw new ExpertGraphException($"{CountryLexicon.ResourceName}: '{name}' names both {existing} and {code}");
        codeByName[folded] = code;
    }
}
