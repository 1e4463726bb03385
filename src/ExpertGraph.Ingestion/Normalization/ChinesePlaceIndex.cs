using System.Collections.Frozen;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Ingestion.Normalization;

/// <summary>
/// Country and place names in Chinese. Chinese text has no word breaks, so names are found as substrings, left to right,
/// longest first at each position: "内蒙古" is read before "蒙古" (Mongolia) could be, "马里兰" before "马里" (Mali).
/// </summary>
internal sealed class ChinesePlaceIndex
{
    /// <summary>Short country names that are also common inside words (沿海地区, 黑山县): only at the start of a run of hanzi.</summary>
    private static readonly FrozenSet<string> RunInitialOnly = new[] { "海地", "黑山", "马里" }.ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenDictionary<char, (string Name, string Code)[]> _namesByFirstChar;

    public ChinesePlaceIndex(CountryLexicon lexicon)
    {
        var codeByName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in lexicon.Entries)
            foreach (var name in entry.ChineseNames)
                Add(codeByName, name, entry.Code);
        foreach (var (code, names) in CountrySubdivisions.Chinese)
            foreach (var name in names)
                Add(codeByName, name, code);

        _namesByFirstChar = codeByName
            .GroupBy(pair => pair.Key[0])
            .ToFrozenDictionary(group => group.Key, group => group.OrderByDescending(pair => pair.Key.Length).Select(pair => (pair.Key, pair.Value)).ToArray());
    }

    /// <summary>Country codes of the names in <paramref name="text"/>, in text order.</summary>
    public List<string> Matches(string text)
    {
        var codes = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var step = 1;
            if (_namesByFirstChar.TryGetValue(text[i], out var candidates))
            {
                foreach (var (name, code) in candidates)
                {
                    if (!text.AsSpan(i).StartsWith(name, StringComparison.Ordinal)) continue;
                    if (RunInitialOnly.Contains(name) && i > 0 && IsHan(text[i - 1])) continue;
                    codes.Add(code);
                    step = name.Length;
                    break;
                }
            }

            i += step;
        }

        return codes;
    }

    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    private static void Add(Dictionary<string, string> codeByName, string name, string code)
    {
        if (codeByName.TryGetValue(name, out var existing) && existing != code)
            throw new ExpertGraphException($"{CountryLexicon.ResourceName}: '{name}' names both {existing} and {code}");
        codeByName[name] = code;
    }
}
