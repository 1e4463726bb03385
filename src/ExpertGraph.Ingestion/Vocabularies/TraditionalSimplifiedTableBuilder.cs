using System.Text;

namespace ExpertGraph.Ingestion.Vocabularies;

/// <summary>
/// Builds lexicon/trad-simp.tsv from CC-CEDICT's two columns, read character by character (they always have the same
/// length). Every aligned pair of Han characters is a vote, the identity included: a traditional character maps to the
/// simplified one it most often stands beside (ties to the lower code point), and gets a row only when that winner
/// differs from it. So 乾 → 干 (乾燥, 餅乾) gets a row, while 座 (178 × 座, 10 × 坐) and 甚 (31 × 甚, 9 × 什) do not.
/// </summary>
public sealed class TraditionalSimplifiedTableBuilder
{
    public const string FileName = "trad-simp.tsv";
    public const string Columns = "traditional\tsimplified";

    private readonly Dictionary<Rune, Dictionary<Rune, int>> _votes = [];

    public void Add(CedictEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var traditional = CedictSyllable.Runes(entry.Traditional);
        var simplified = CedictSyllable.Runes(entry.Simplified);
        if (traditional.Length != simplified.Length) return;
        for (var i = 0; i < traditional.Length; i++)
        {
            if (!CedictSyllable.IsHan(traditional[i]) || !CedictSyllable.IsHan(simplified[i])) continue;
            if (!_votes.TryGetValue(traditional[i], out var votes)) _votes[traditional[i]] = votes = [];
            votes[simplified[i]] = votes.GetValueOrDefault(simplified[i]) + 1;
        }
    }

    /// <summary>Traditional characters in code point order with the simplified character they map to.</summary>
    public IReadOnlyList<(string Traditional, string Simplified)> Rows() =>
        _votes.Select(pair => (Traditional: pair.Key, Simplified: pair.Value
                .OrderByDescending(vote => vote.Value).ThenBy(vote => vote.Key.Value).First().Key))
            .Where(row => row.Traditional != row.Simplified)
            .OrderBy(row => row.Traditional.Value)
            .Select(row => (row.Traditional.ToString(), row.Simplified.ToString()))
            .ToList();

    public IEnumerable<string> Lines() => Rows().Select(row => row.Traditional + "\t" + row.Simplified);
}
