using System.Collections.Frozen;
using System.Text;
using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Core.Names;

/// <summary>
/// lexicon/hanzi-pinyin.tsv in memory: each Han character's toneless pinyin readings, most used first ("lv" for lü).
/// Also knows which Latin words are pinyin (a run of its syllables: "xiaoming", "ouyang"), so romanized Chinese names can
/// be told from others. Immutable and thread-safe.
/// </summary>
public sealed class HanziPinyin
{
    public const string FileName = "hanzi-pinyin.tsv";

    // "zhuang", "shuang": no pinyin syllable is longer.
    private const int LongestSyllable = 6;

    private readonly FrozenDictionary<int, string[]> _readings;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _syllables;

    private HanziPinyin(FrozenDictionary<int, string[]> readings)
    {
        _readings = readings;
        // Only syllables with a vowel: the interjections "m", "n", "hm" would let consonant clusters pass as pinyin.
        _syllables = readings.Values.SelectMany(list => list)
            .Where(reading => reading.AsSpan().IndexOfAny("aeiouv") >= 0)
            .SelectMany(reading => new[] { reading, reading.Replace('v', 'u') })
            .ToFrozenSet(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Number of characters in the table.</summary>
    public int Count => _readings.Count;

    public static HanziPinyin Load(string path)
    {
        var readings = new Dictionary<int, string[]>();
        foreach (var (fields, line) in NameTableFile.ReadRows(path, 2))
        {
            if (Rune.DecodeFromUtf16(fields[0], out var hanzi, out var used) != System.Buffers.OperationStatus.Done || used != fields[0].Length)
                throw new LexiconFormatException(path, line, $"'{fields[0]}' is not one character");
            if (!readings.TryAdd(hanzi.Value, fields[1].Split('|')))
                throw new LexiconFormatException(path, line, $"'{fields[0]}' is listed twice");
        }

        return new HanziPinyin(readings.ToFrozenDictionary());
    }

    /// <summary>The readings of <paramref name="hanzi"/>, most used first; empty when the table does not know it.</summary>
    public IReadOnlyList<string> Readings(Rune hanzi) => _readings.TryGetValue(hanzi.Value, out var readings) ? readings : [];

    /// <summary>
    /// True when <paramref name="word"/> (lower-case ASCII, no separators) is one or more pinyin syllables: "zhang",
    /// "xiaoming", "lv", "lu". Segmentation is by dynamic programming, so "xian" and "xi'an" both pass.
    /// </summary>
    public bool IsPinyinWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return false;
        Span<bool> reachable = word.Length <= 64 ? stackalloc bool[word.Length + 1] : new bool[word.Length + 1];
        reachable[0] = true;
        for (var end = 1; end <= word.Length; end++)
        {
            for (var length = 1; length <= LongestSyllable && length <= end && !reachable[end]; length++)
                reachable[end] = reachable[end - length] && _syllables.Contains(word[(end - length)..end]);
        }

        return reachable[word.Length];
    }
}
