
namespace ExpertGraph.Core.Lexicon;

/// <summary>
/// Traditional → simplified Chinese, one character for one character (lexicon/trad-simp.tsv: '#' comments, a header
/// row "traditional&lt;TAB&gt;simplified", then one pair per row). Character for character is what the normalizer
/// needs: it must keep positions, and the table's few one-to-many cases are word-level choices it cannot make.
/// Immutable and thread-safe.
/// </summary>
public sealed class TraditionalChineseTable
{
    public const string FileName = "trad-simp.tsv";


    // A full BMP table: one array read per character on the hot path. 0 means "no mapping".
    private readonly char[] _simplified;

    private TraditionalChineseTable(char[] simplified, int count)
    {
        _simplified = simplified;
        Count = count;
    }

    /// <summary>A table that maps nothing (for callers without the file).</summary>
    public static TraditionalChineseTable Empty { get; } = new(new char[char.MaxValue + 1], 0);

    public int Count { get; }

    public static TraditionalChineseTable FromPairs(IEnumerable<(char Traditional, char Simplified)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var table = new char[char.MaxValue + 1];
        var count = 0;
        foreach (var (traditional, simplified) in pairs)
        {
            if (traditional == simplified) continue;
            if (table[traditional] == 0) count++;
            table[traditional] = simplified;
        }

        return new TraditionalChineseTable(table, count);
    }

    /// <summary>Reads the table file; a malformed row is a <see cref="LexiconFormatException"/> naming file and line.</summary>
    public static TraditionalChineseTable Load(string path)
    {
        var pairs = new List<(char, char)>();
        foreach (var (fields, line) in LexiconTsv.ReadRows(path, 2))
        {
            var (traditional, simplified) = (fields[0], fields[1]);
            if (traditional.Length == 0 || simplified.Length == 0)
                throw new LexiconFormatException(path, line, "a column is empty");

            // Characters outside the BMP (surrogate pairs) are skipped: the normalizer maps UTF-16 units one for one,
            // and such characters are too rare in titles and abstracts to matter.
            if (traditional.Length != 1 || simplified.Length != 1) continue;
            pairs.Add((traditional[0], simplified[0]));
        }

        return FromPairs(pairs);
    }

    public char ToSimplified(char c)
    {
        var simplified = _simplified[c];
        return simplified == 0 ? c : simplified;
    }
}
