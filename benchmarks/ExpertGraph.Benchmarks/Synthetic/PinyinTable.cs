using System.IO.Compression;
using System.Text;

namespace ExpertGraph.Benchmarks.Synthetic;

/// <summary>
/// Hanzi → toneless pinyin from CC-CEDICT, the same dictionary the pipeline romanizes with, so a synthetic person's
/// hanzi and Latin names agree the way a real author's do.
/// </summary>
internal sealed class PinyinTable
{
    private const int LongestSyllable = 6;

    private readonly Dictionary<char, string> _readings;
    private readonly Dictionary<string, string> _surnames;
    private readonly HashSet<string> _syllables;

    private PinyinTable(Dictionary<char, string> readings, Dictionary<string, string> surnames, HashSet<string> syllables)
    {
        _readings = readings;
        _surnames = surnames;
        _syllables = syllables;
    }

    /// <summary>Latin spellings of every surname the dictionary lists ("Zhang", "Ouyang").</summary>
    public IReadOnlySet<string> SurnameSpellings { get; private init; } = new HashSet<string>();

    public static PinyinTable Load(string gzipPath)
    {
        // A character's reading in names is its most frequent reading across the dictionary's words (强: qiang, not jiang).
        var readingCounts = new Dictionary<char, Dictionary<string, int>>();
        var surnames = new Dictionary<string, string>(StringComparer.Ordinal);
        var syllables = new HashSet<string>(StringComparer.Ordinal) { "lv", "nv" };
        using var file = File.OpenRead(gzipPath);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var firstSpace = line.IndexOf(' ', StringComparison.Ordinal);
            var secondSpace = firstSpace < 0 ? -1 : line.IndexOf(' ', firstSpace + 1);
            var open = line.IndexOf('[', StringComparison.Ordinal);
            var close = open < 0 ? -1 : line.IndexOf(']', open);
            if (secondSpace < 0 || open < secondSpace || close < 0) continue;

            var simplified = line[(firstSpace + 1)..secondSpace];
            var rawSyllables = line[(open + 1)..close].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var toneless = new string[rawSyllables.Length];
            var allPinyin = true;
            for (var i = 0; i < rawSyllables.Length && allPinyin; i++)
            {
                allPinyin = TryStripTone(rawSyllables[i], out toneless[i]);
                if (allPinyin) syllables.Add(toneless[i]);
            }

            if (!allPinyin || simplified.Length != toneless.Length || simplified.Any(char.IsSurrogate)) continue;
            for (var i = 0; i < simplified.Length; i++)
            {
                if (!readingCounts.TryGetValue(simplified[i], out var counts))
                    readingCounts[simplified[i]] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
                counts[toneless[i]] = counts.GetValueOrDefault(toneless[i]) + 1;
            }

            var definition = line[(close + 1)..];
            if (simplified.Length <= 2 && char.IsUpper(rawSyllables[0][0])
                && definition.Contains("surname ", StringComparison.Ordinal))
                surnames.TryAdd(simplified, Capitalize(string.Concat(toneless)));
        }

        var readings = new Dictionary<char, string>();
        foreach (var (character, counts) in readingCounts)
            readings[character] = counts.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).First().Key;
        if (surnames.Count == 0) throw new InvalidDataException($"{gzipPath}: no surname entries; is this CC-CEDICT?");
        return new PinyinTable(readings, surnames, syllables)
        {
            SurnameSpellings = new HashSet<string>(surnames.Values, StringComparer.Ordinal),
        };
    }

    public bool IsCompoundSurname(string hanzi) => hanzi.Length == 2 && _surnames.ContainsKey(hanzi);

    public bool TryRomanizeSurname(string hanzi, out string latin)
    {
        if (_surnames.TryGetValue(hanzi, out var known))
        {
            latin = known;
            return true;
        }

        return TryRomanizeGiven(hanzi, out latin);
    }

    /// <summary>Given names are written as one word: 志强 → "Zhiqiang".</summary>
    public bool TryRomanizeGiven(string hanzi, out string latin)
    {
        var builder = new StringBuilder(hanzi.Length * 4);
        foreach (var character in hanzi)
        {
            if (!_readings.TryGetValue(character, out var reading))
            {
                latin = "";
                return false;
            }

            builder.Append(reading);
        }

        latin = Capitalize(builder.ToString());
        return latin.Length > 0;
    }

    /// <summary>Whether a Latin word splits into pinyin syllables ("Jiaqi", "Ya-Ling"), the mark of a romanized Chinese name.</summary>
    public bool IsPinyinWord(string word)
    {
        foreach (var part in word.Split('-', StringSplitOptions.RemoveEmptyEntries))
            if (!Segments(part.ToLowerInvariant())) return false;
        return word.Length > 0;
    }

    private bool Segments(string word)
    {
        if (word.Length == 0) return false;
        var reachable = new bool[word.Length + 1];
        reachable[0] = true;
        for (var start = 0; start < word.Length; start++)
        {
            if (!reachable[start]) continue;
            for (var length = 1; length <= LongestSyllable && start + length <= word.Length; length++)
                if (_syllables.Contains(word.Substring(start, length))) reachable[start + length] = true;
        }

        return reachable[word.Length];
    }

    private static bool TryStripTone(string raw, out string toneless)
    {
        var text = raw.ToLowerInvariant();
        if (text.Length > 0 && text[^1] is >= '1' and <= '5') text = text[..^1];
        // lü / nü: "Lyu" is the passport spelling since 2012.
        text = text.Replace("u:", "yu", StringComparison.Ordinal);
        toneless = text;
        // Vowel-less "syllables" (m, ng, hm, the letter names in "B超") would let any consonant cluster pass as pinyin.
        return text.Length is > 0 and <= LongestSyllable && text.All(c => c is >= 'a' and <= 'z')
            && text.AsSpan().IndexOfAny("aeiouv") >= 0;
    }

    private static string Capitalize(string text) =>
        text.Length == 0 ? text : string.Concat(text[..1].ToUpperInvariant(), text.AsSpan(1));
}
