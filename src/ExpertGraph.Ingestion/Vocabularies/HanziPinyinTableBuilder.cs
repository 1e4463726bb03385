using System.Text;

namespace ExpertGraph.Ingestion.Vocabularies;

/// <summary>
/// Builds lexicon/hanzi-pinyin.tsv from CC-CEDICT: every Han character of an entry whose characters and syllables
/// line up one to one (all but 15 entries) gets that syllable's toneless reading, in both the traditional and the
/// simplified column. A character's readings are ranked by the number of entries that read it so (an entry counts
/// once per character and reading), ties in ordinal order; rows are in code point order.
/// </summary>
public sealed class HanziPinyinTableBuilder
{
    public const string FileName = "hanzi-pinyin.tsv";
    public const string Columns = "hanzi\treadings";

    private readonly Dictionary<Rune, Dictionary<string, int>> _counts = [];
    private readonly HashSet<(Rune Hanzi, string Reading)> _seenInEntry = [];

    public void Add(CedictEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _seenInEntry.Clear();
        AddColumn(entry.Traditional, entry.Pinyin);
        AddColumn(entry.Simplified, entry.Pinyin);
        foreach (var (hanzi, reading) in _seenInEntry)
        {
            if (!_counts.TryGetValue(hanzi, out var readings)) _counts[hanzi] = readings = new Dictionary<string, int>(StringComparer.Ordinal);
            readings[reading] = readings.GetValueOrDefault(reading) + 1;
        }
    }

    /// <summary>Characters in code point order, each with its readings, most used first.</summary>
    public IReadOnlyList<(string Hanzi, IReadOnlyList<string> Readings)> Rows() =>
        _counts.OrderBy(pair => pair.Key.Value)
            .Select(pair => (pair.Key.ToString(), (IReadOnlyList<string>)pair.Value
                .OrderByDescending(reading => reading.Value).ThenBy(reading => reading.Key, StringComparer.Ordinal)
                .Select(reading => reading.Key).ToList()))
            .ToList();

    public IEnumerable<string> Lines() => Rows().Select(row => row.Hanzi + "\t" + string.Join('|', row.Readings));

    private void AddColumn(string text, IReadOnlyList<string> pinyin)
    {
        var runes = CedictSyllable.Runes(text);
        if (runes.Length != pinyin.Count) return;
        for (var i = 0; i < runes.Length; i++)
        {
            if (!CedictSyllable.IsHan(runes[i]) || CedictSyllable.Toneless(pinyin[i]) is not { } reading) continue;
            _seenInEntry.Add((runes[i], reading));
        }
    }
}
