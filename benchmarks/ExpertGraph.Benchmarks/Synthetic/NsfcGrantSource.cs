namespace ExpertGraph.Benchmarks.Synthetic;

/// <summary>
/// Chinese surnames and given names of NSFC principal investigators, with their frequencies (王 234, 张 183, 李 181 in
/// the 2019–21 sample), romanized with CC-CEDICT; and the grants' keyword lists, which become Chinese title words.
/// </summary>
internal sealed class NsfcGrantSource
{
    private NsfcGrantSource(WeightedChoice<ChineseNamePart> surnames, WeightedChoice<ChineseNamePart> givenNames,
        IReadOnlyList<string[]> keywordSets)
    {
        Surnames = surnames;
        GivenNames = givenNames;
        KeywordSets = keywordSets;
    }

    public WeightedChoice<ChineseNamePart> Surnames { get; }

    public WeightedChoice<ChineseNamePart> GivenNames { get; }

    /// <summary>One keyword list per NSFC application code (one CSV file), so a research group's titles stay in one field.</summary>
    public IReadOnlyList<string[]> KeywordSets { get; }

    public static NsfcGrantSource Load(string folder, PinyinTable pinyin)
    {
        var files = Directory.GetFiles(folder, "*.csv", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        if (files.Length == 0) throw new FileNotFoundException($"no NSFC grant CSV files under {folder}", folder);

        var surnames = new Dictionary<ChineseNamePart, int>();
        var givenNames = new Dictionary<ChineseNamePart, int>();
        var keywordSets = new List<string[]>();
        foreach (var file in files)
        {
            var keywords = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var row in CsvRows.ReadWithHeader(file, "personText", "keywords"))
            {
                foreach (var keyword in row("keywords").Split(['；', ';', '，', ','], StringSplitOptions.TrimEntries))
                    if (keyword.Length is >= 2 and <= 12 && keyword.Any(IsHan)) keywords.Add(keyword);

                if (TrySplit(row("personText").Trim(), pinyin, out var surname, out var given))
                {
                    surnames[surname] = surnames.GetValueOrDefault(surname) + 1;
                    givenNames[given] = givenNames.GetValueOrDefault(given) + 1;
                }
            }

            if (keywords.Count >= 3) keywordSets.Add([.. keywords]);
        }

        if (surnames.Count == 0 || keywordSets.Count == 0)
            throw new InvalidDataException($"{folder}: no usable personText / keywords columns in the NSFC CSV files");
        return new NsfcGrantSource(Frequencies(surnames), Frequencies(givenNames), keywordSets);
    }

    private static bool TrySplit(string name, PinyinTable pinyin, out ChineseNamePart surname, out ChineseNamePart given)
    {
        surname = given = default;
        // Two to four hanzi; longer or dotted names (吉乃提汗·马木提) are transliterations, not surname + given name.
        if (name.Length is < 2 or > 4 || !name.All(IsHan)) return false;
        var surnameLength = name.Length >= 3 && pinyin.IsCompoundSurname(name[..2]) ? 2 : 1;
        var surnameHanzi = name[..surnameLength];
        var givenHanzi = name[surnameLength..];
        if (!pinyin.TryRomanizeSurname(surnameHanzi, out var surnameLatin)
            || !pinyin.TryRomanizeGiven(givenHanzi, out var givenLatin)) return false;
        surname = new ChineseNamePart(surnameHanzi, surnameLatin);
        given = new ChineseNamePart(givenHanzi, givenLatin);
        return true;
    }

    private static WeightedChoice<ChineseNamePart> Frequencies(Dictionary<ChineseNamePart, int> counts)
    {
        var parts = counts.Keys.OrderBy(part => part.Hanzi, StringComparer.Ordinal).ToArray();
        return WeightedChoice<ChineseNamePart>.FromWeights(parts, parts.Select(part => (double)counts[part]).ToArray());
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
