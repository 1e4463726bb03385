namespace ExpertGraph.Ingestion.Vocabularies;

/// <summary>
/// Translations composed word by word and attested by a Chinese word list: "breast neoplasm" → 乳房 + 肿瘤 → 乳房肿瘤,
/// kept only when THUOCL's subject lists or jieba hold the composed word. This is how those word lists become
/// Chinese terms of concepts: CC-CEDICT proposes, the word list confirms. Two- and three-word English terms only;
/// each word may have at most <see cref="PartsPerWord"/> translations, so the candidates stay few.
/// </summary>
internal sealed class ComposedTranslations(CedictIndex cedict, IReadOnlySet<string> knownWords)
{
    private const int PartsPerWord = 6;

    /// <summary>The attested compounds for an English key (<see cref="EnglishLabelKey"/>), each with the CEDICT lines of its parts.</summary>
    public IReadOnlyList<(string Word, string Lines)> Compose(string englishKey)
    {
        var words = englishKey.Split(' ');
        if (words.Length is < 2 or > 3) return [];
        var parts = new List<IReadOnlyList<CedictCandidate>>(words.Length);
        foreach (var word in words)
        {
            var candidates = cedict.Parts(word);
            if (candidates.Count == 0) return [];
            parts.Add([.. candidates.Take(PartsPerWord)]);
        }

        var result = new List<(string, string)>();
        Combine(parts, 0, "", "", result);
        return result;
    }

    private void Combine(List<IReadOnlyList<CedictCandidate>> parts, int index, string word, string lines, List<(string, string)> result)
    {
        if (index == parts.Count)
        {
            if (knownWords.Contains(word) && !result.Exists(r => r.Item1 == word)) result.Add((word, lines));
            return;
        }

        foreach (var part in parts[index])
            Combine(parts, index + 1, word + part.Simplified, lines.Length == 0 ? part.Line.ToString(System.Globalization.CultureInfo.InvariantCulture) : lines + "+" + part.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), result);
    }
}
