namespace ExpertGraph.Ingestion.Vocabularies;

/// <summary>
/// CC-CEDICT turned around for the lexicon: English (by <see cref="EnglishLabelKey"/>) → the Chinese words it
/// translates, each with the number of senses its entry has; and traditional → simplified from CEDICT's own
/// Traditional and Simplified columns (whole words first, else character by character).
/// </summary>
internal sealed class CedictIndex
{
    private readonly Dictionary<string, List<CedictCandidate>> _byEnglish = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _wordSimplified = new(StringComparer.Ordinal);
    private readonly Dictionary<char, char> _charSimplified = [];
    private readonly Dictionary<string, List<CedictCandidate>> _bySimplified = new(StringComparer.Ordinal);

    public static CedictIndex Read(string path)
    {
        var index = new CedictIndex();
        foreach (var entry in CedictReader.Read(path)) index.Add(entry);
        return index;
    }

    /// <summary>Words of two or more characters that translate the English key (single characters are too ambiguous alone).</summary>
    public IReadOnlyList<CedictCandidate> Translations(string englishKey) =>
        _byEnglish.TryGetValue(englishKey, out var list) ? [.. list.Where(c => c.Simplified.Length >= 2)] : [];

    /// <summary>The English glosses of a Chinese word (as <see cref="CedictGloss"/> normalizes them), in file order.</summary>
    public IReadOnlyList<CedictCandidate> Glosses(string simplified) =>
        _bySimplified.TryGetValue(simplified, out var list) ? list : [];

    /// <summary>Every word, single characters included, that translates one English word: the parts of a composed translation.</summary>
    public IReadOnlyList<CedictCandidate> Parts(string englishWordKey) =>
        _byEnglish.TryGetValue(englishWordKey, out var list) ? list : [];

    public string ToSimplified(string traditional)
    {
        if (_wordSimplified.TryGetValue(traditional, out var word)) return word;
        var chars = traditional.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (_charSimplified.TryGetValue(chars[i], out var simplified)) chars[i] = simplified;
        return new string(chars);
    }

    private void Add(CedictEntry entry)
    {
        if (entry.Traditional != entry.Simplified && entry.Traditional.Length == entry.Simplified.Length)
        {
            _wordSimplified.TryAdd(entry.Traditional, entry.Simplified);
            for (var i = 0; i < entry.Traditional.Length; i++)
                if (entry.Traditional[i] != entry.Simplified[i]) _charSimplified.TryAdd(entry.Traditional[i], entry.Simplified[i]);
        }

        if (!entry.Simplified.All(CjkCompsciTermsReader.IsHan)) return;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var gloss in entry.Glosses)
        {
            if (CedictGloss.Normalize(gloss) is not { } english) continue;
            var key = EnglishLabelKey.Of(english);
            if (key.Length == 0 || !seen.Add(key)) continue;
            if (!_byEnglish.TryGetValue(key, out var list)) _byEnglish.Add(key, list = []);
            var candidate = new CedictCandidate(entry.Simplified, entry.Glosses.Count, entry.Line, english);
            if (!list.Exists(c => c.Simplified == entry.Simplified)) list.Add(candidate);
            if (!_bySimplified.TryGetValue(entry.Simplified, out var glosses)) _bySimplified.Add(entry.Simplified, glosses = []);
            glosses.Add(candidate);
        }
    }
}
