using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Ingestion.Vocabularies;

/// <summary>
/// Gives concepts Chinese terms (lexicon/README.md, "Weights"): each English label or synonym looked up in CC-CEDICT
/// becomes a Translation term, weighed down by ambiguity (several words for the English, several senses in the entry,
/// several concepts for the word) and up a little when THUOCL's subject lists or jieba know the word;
/// cjk-compsci-terms pairs weigh more. A concept without a Chinese label takes its best translation when that one
/// is unique and sure enough (or its first hand-checked translation from curated/zh-terms.tsv, which comes first), and
/// the choice is recorded as an alignment row.
/// </summary>
internal sealed class ConceptTranslator(CedictIndex cedict, IReadOnlySet<string> knownWords, IReadOnlyList<CjkCompsciTerm> compsci)
{
    public const string CedictSource = "CEDICT";
    public const string CompsciSource = "CJK-CS";
    private const float PreferredBase = 0.8f;
    private const float SynonymBase = 0.6f;
    private const float ComposedBase = 0.4f;
    private const float KnownWordBonus = 0.1f;
    private const float CompsciZhCn = 0.9f;
    private const float CompsciZhTw = 0.8f;
    private const float LabelThreshold = 0.4f;
    private const string CuratedTermsOrigin = CuratedLabels.Source + ":zh-terms";

    public int TranslationTerms { get; private set; }
    public int LabelsFromTranslations { get; private set; }

    public IReadOnlyList<ConceptAlignment> Translate(IReadOnlyList<ConceptDraft> concepts)
    {
        // concept index → word → (weight, evidence source id, English)
        var found = new SortedDictionary<string, (float Weight, string Source, string Origin, string English)>[concepts.Count];
        for (var i = 0; i < concepts.Count; i++) found[i] = new(StringComparer.Ordinal);
        var composer = new ComposedTranslations(cedict, knownWords);
        var candidates = new List<(int Concept, string Word, int Senses, string Origin, float Base, int Alternatives, string English)>();
        var englishIndex = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        for (var i = 0; i < concepts.Count; i++)
        {
            foreach (var (text, preferred) in concepts[i].English)
            {
                var key = EnglishLabelKey.Of(text);
                if (key.Length == 0) continue;
                if (!englishIndex.TryGetValue(key, out var set)) englishIndex.Add(key, set = []);
                set.Add(i);
                var words = cedict.Translations(key);
                foreach (var word in words)
                    candidates.Add((i, word.Simplified, word.Senses, $"{CedictSource}:{word.Line}", preferred ? PreferredBase : SynonymBase, words.Count, text));
                var composed = composer.Compose(key);
                foreach (var (word, lines) in composed)
                    candidates.Add((i, word, 1, $"{CedictSource}:{lines}", ComposedBase, composed.Count, text));
            }
        }

        var conceptsPerWord = candidates.GroupBy(c => c.Word, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Concept).Distinct().Count(), StringComparer.Ordinal);
        foreach (var (concept, word, senses, origin, baseWeight, alternatives, english) in candidates)
        {
            var weight = baseWeight / (1f + 0.2f * (senses - 1)) / MathF.Sqrt(alternatives) / MathF.Sqrt(conceptsPerWord[word]);
            if (knownWords.Contains(word)) weight += KnownWordBonus;
            Keep(found[concept], word, Round(Math.Clamp(weight, 0.05f, 0.95f)), CedictSource, origin, english);
        }

        foreach (var entry in compsci)
        {
            var targets = entry.English.Select(EnglishLabelKey.Of).Where(englishIndex.ContainsKey)
                .SelectMany(k => englishIndex[k]).Distinct().Order().ToList();
            if (targets.Count == 0) continue;
            var origin = $"{CompsciSource}:{entry.File}:{entry.Line}";
            var zhCn = entry.ZhCn.Where(IsChineseWord).ToHashSet(StringComparer.Ordinal);
            foreach (var concept in targets)
            {
                var scale = 1f / MathF.Sqrt(targets.Count);
                foreach (var word in zhCn.Order(StringComparer.Ordinal))
                    Keep(found[concept], word, Round(CompsciZhCn * scale), CompsciSource, origin, entry.English[0]);
                foreach (var word in entry.ZhTw.Select(cedict.ToSimplified).Where(w => IsChineseWord(w) && !zhCn.Contains(w)).Order(StringComparer.Ordinal))
                    Keep(found[concept], word, Round(CompsciZhTw * scale), CompsciSource, origin, entry.English[0]);
            }
        }

        TranslationTerms += TranslateChineseLabels(concepts);
        var labels = new List<ConceptAlignment>();
        for (var i = 0; i < concepts.Count; i++)
        {
            var concept = concepts[i];
            foreach (var (word, (weight, source, _, _)) in found[i])
                concept.Terms.Add(new LexiconTerm(concept.Id, word, TermLanguage.Zh, TermKind.Translation, weight, source));
            TranslationTerms += found[i].Count;
            if (concept.LabelZh.Length > 0) continue;
            if (concept.Terms.FirstOrDefault(IsCuratedTranslation) is { } curated)
            {
                // A hand-checked translation outranks the dictionary's guesses as the label.
                concept.LabelZh = curated.Text;
                LabelsFromTranslations++;
                labels.Add(new ConceptAlignment(concept.Id, CuratedTermsOrigin, $"translation:{curated.Text}={concept.LabelEn}"));
                continue;
            }

            if (found[i].Count == 0) continue;
            var best = found[i].OrderByDescending(f => f.Value.Weight).ThenBy(f => f.Key, StringComparer.Ordinal).Take(2).ToList();
            if (best[0].Value.Weight < LabelThreshold || (best.Count == 2 && best[1].Value.Weight == best[0].Value.Weight)) continue;
            concept.LabelZh = best[0].Key;
            LabelsFromTranslations++;
            labels.Add(new ConceptAlignment(concept.Id, best[0].Value.Origin, $"translation:{best[0].Key}={best[0].Value.English}"));
        }

        return labels;
    }

    /// <summary>
    /// The other way round: a Chinese preferred label (NSFC, curated) found in CC-CEDICT gives its glosses as English
    /// Translation terms, which mends NSFC's machine-like English ("Li Qun" for 李群, Lie group).
    /// </summary>
    private int TranslateChineseLabels(IReadOnlyList<ConceptDraft> concepts)
    {
        var added = 0;
        foreach (var concept in concepts)
        {
            var known = concept.Terms.Where(t => t.Language == TermLanguage.En).Select(t => EnglishLabelKey.Of(t.Text)).ToHashSet(StringComparer.Ordinal);
            var labels = concept.Terms.Where(t => t.Language == TermLanguage.Zh && t.Kind == TermKind.Preferred).Select(t => t.Text).Distinct(StringComparer.Ordinal).ToList();
            foreach (var label in labels)
            {
                var glosses = cedict.Glosses(label);
                foreach (var gloss in glosses)
                {
                    if (!known.Add(EnglishLabelKey.Of(gloss.Gloss))) continue;
                    var weight = PreferredBase / (1f + 0.2f * (gloss.Senses - 1)) / MathF.Sqrt(glosses.Count);
                    concept.Terms.Add(new LexiconTerm(concept.Id, gloss.Gloss, TermLanguage.En, TermKind.Translation, Round(Math.Clamp(weight, 0.05f, 0.95f)), CedictSource));
                    added++;
                }
            }
        }

        return added;
    }

    private static void Keep(SortedDictionary<string, (float Weight, string Source, string Origin, string English)> found, string word, float weight, string source, string origin, string english)
    {
        if (!found.TryGetValue(word, out var existing) || weight > existing.Weight) found[word] = (weight, source, origin, english);
    }

    private static bool IsCuratedTranslation(LexiconTerm term) =>
        term.Language == TermLanguage.Zh && term.Kind == TermKind.Translation && term.Source == CuratedLabels.Source;

    private static bool IsChineseWord(string text) => text.Length >= 2 && text.Any(CjkCompsciTermsReader.IsHan);

    internal static float Round(float weight) => MathF.Round(weight * 1000f) / 1000f;
}
