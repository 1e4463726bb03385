using System.Collections.Frozen;
using System.Globalization;
using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Core.Names;

/// <summary>
/// lexicon/surname-pinyin.tsv in memory: how a surname reads as a surname (单 shan, not dan), and, per pinyin, the
/// precedence that decides which token of a romanized name is the family name (lower wins). Pinyin here is folded as in
/// name keys: ü as u ("lv" → "lu").
/// </summary>
internal sealed class ChineseSurnameReadings
{
    public const string FileName = "surname-pinyin.tsv";

    private readonly FrozenDictionary<string, string> _readings;
    private readonly FrozenDictionary<string, int> _precedence;

    private ChineseSurnameReadings(FrozenDictionary<string, string> readings, FrozenDictionary<string, int> precedence)
    {
        _readings = readings;
        _precedence = precedence;
    }

    public static ChineseSurnameReadings Load(string path)
    {
        var readings = new Dictionary<string, string>(StringComparer.Ordinal);
        var precedence = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (fields, line) in NameTableFile.ReadRows(path, 3))
        {
            if (!int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var rank) || rank < 1)
                throw new LexiconFormatException(path, line, $"precedence '{fields[2]}' is not a positive number");
            var pinyin = PinyinFolding.Fold(fields[1]);
            if (!readings.TryAdd(fields[0], pinyin)) throw new LexiconFormatException(path, line, $"'{fields[0]}' is listed twice");
            precedence[pinyin] = Math.Min(rank, precedence.GetValueOrDefault(pinyin, int.MaxValue));
        }

        return new ChineseSurnameReadings(readings.ToFrozenDictionary(StringComparer.Ordinal), precedence.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The folded reading of a surname written in hanzi (simplified or traditional), or null.</summary>
    public string? ReadingOf(string surname) => _readings.GetValueOrDefault(surname);

    /// <summary>The precedence of a folded pinyin as a family name, or null when no listed surname reads so.</summary>
    public int? PrecedenceOf(string foldedPinyin) => _precedence.TryGetValue(foldedPinyin, out var rank) ? rank : null;
}
