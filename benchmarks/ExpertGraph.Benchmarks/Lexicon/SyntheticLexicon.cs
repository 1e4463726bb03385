using System.Globalization;
using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Benchmarks.Lexicon;

/// <summary>
/// A lexicon of the full size (60K concepts, 320K terms by default) for when the built one is absent: a 9-level tree,
/// English terms of one to four words drawn from the corpus's own words (so that real text hits them about as often
/// as real terms), Chinese terms of two to six Han characters drawn from the corpus's characters. Seeded.
/// </summary>
internal static class SyntheticLexicon
{
    public static LexiconData Generate(TaggingCorpus corpus, int concepts = 60_000, int terms = 320_000, int seed = 1)
    {
        var random = new Random(seed);
        var words = new SortedSet<string>(StringComparer.Ordinal);
        var han = new SortedSet<char>();
        foreach (var text in corpus.Texts)
        {
            foreach (var word in text.Split([' ', ',', '.', ';', ':', '(', ')', '"'], StringSplitOptions.RemoveEmptyEntries))
                if (word.Length >= 3 && word.All(char.IsLetter)) words.Add(word.ToLowerInvariant());
            foreach (var c in text)
                if (c is >= '\u4E00' and <= '\u9FFF') han.Add(c);
        }

        for (var c = '\u4E00'; han.Count < 3000; c++) han.Add(c);
        var wordList = words.ToArray();
        var hanList = han.ToArray();
        var conceptList = new List<Concept>(concepts);
        var levelStart = new int[10];
        for (var i = 0; i < concepts; i++)
        {
            // Level sizes grow geometrically: 20 disciplines, then about ×3.5 per level until the count is spent.
            var level = Math.Min(9, 1 + (int)Math.Floor(Math.Log(1 + (i / 20.0), 3.5)));
            if (level > 1 && levelStart[level] == 0) levelStart[level] = i;
            var parents = level == 1 ? [] : new[] { Id(Pick(random, levelStart, level - 1)) };
            if (level > 2 && random.NextDouble() < 0.15) parents = [.. parents, Id(Pick(random, levelStart, level - 2))];
            conceptList.Add(new Concept(Id(i), level, [.. parents.Distinct(StringComparer.Ordinal)], "", "", [Id(i)]));
        }

        var termList = new List<LexiconTerm>(terms);
        for (var t = 0; t < terms; t++)
        {
            var concept = t < concepts ? t : random.Next(concepts);
            var chinese = random.NextDouble() < 0.35;
            var text = chinese ? ChineseTerm(random, hanList) : EnglishTerm(random, wordList);
            var kind = t < concepts ? TermKind.Preferred : (TermKind)random.Next(1, 5);
            termList.Add(new LexiconTerm(Id(concept), text, chinese ? TermLanguage.Zh : TermLanguage.En, kind, kind == TermKind.Preferred ? 1f : 0.7f, "SYNTH"));
        }

        return new LexiconData(conceptList, termList, []);
    }

    // A concept of the given level; that level is complete once a deeper one has started.
    private static int Pick(Random random, int[] levelStart, int level) =>
        levelStart[level] + random.Next(levelStart[level + 1] - levelStart[level]);

    private static string Id(int index) => "SYN:" + index.ToString("D6", CultureInfo.InvariantCulture);

    private static string EnglishTerm(Random random, string[] words)
    {
        var count = random.NextDouble() switch { < 0.3 => 1, < 0.7 => 2, < 0.9 => 3, _ => 4 };
        return string.Join(' ', Enumerable.Range(0, count).Select(_ => words[random.Next(words.Length)]));
    }

    private static string ChineseTerm(Random random, char[] han) =>
        new([.. Enumerable.Range(0, random.Next(2, 7)).Select(_ => han[random.Next(han.Length)])]);
}
