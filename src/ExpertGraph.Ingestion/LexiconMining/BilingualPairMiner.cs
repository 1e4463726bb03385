namespace ExpertGraph.Ingestion.LexiconMining;

/// <summary>
/// Finds zh–en pairs in a work's keywords where the record itself aligns them, and nowhere else:
/// <list type="bullet">
/// <item>one keyword that is a term and its translation in parentheses, "囊泡运输(vesicular trafficking)" or
/// "graphene（石墨烯）", one side Chinese, the other without Chinese characters;</item>
/// <item>a list that is n Chinese keywords followed by n English ones (how CNKI-style records export both lists), where
/// keyword i pairs with keyword n + i.</item>
/// </list>
/// Mixed lists such as NSFC's "免疫缺陷病毒；Vpx；泛素连接酶；SAMHD1" (gene names beside Chinese terms) are not
/// translations, so interleaved or unequal lists give nothing.
/// </summary>
internal static class BilingualPairMiner
{
    /// <summary>Fewer parallel keywords than this is too weak a sign that the list is two translated halves.</summary>
    public const int MinParallelKeywords = 2;

    public static IReadOnlyList<BilingualPair> FromKeywords(IReadOnlyList<string> keywords)
    {
        var pairs = new List<BilingualPair>();
        foreach (var keyword in keywords)
        {
            if (InlinePair(keyword) is { } pair) pairs.Add(pair);
        }

        pairs.AddRange(ParallelHalves(keywords));
        return pairs;
    }

    /// <summary>"term (translation)" with exactly one pair of parentheses closing the keyword, one side Chinese.</summary>
    internal static BilingualPair? InlinePair(string keyword)
    {
        var text = keyword.Trim();
        if (text.Length < 4 || text[^1] is not (')' or '）')) return null;
        var open = text.AsSpan().IndexOfAny('(', '（');
        if (open <= 0 || text.AsSpan(open + 1).IndexOfAny("()（）") != text.Length - open - 2) return null;
        var outside = text[..open].Trim();
        var inside = text[(open + 1)..^1].Trim();
        if (outside.Length == 0 || inside.Length == 0 || outside.AsSpan().IndexOfAny("()（）") >= 0) return null;
        if (HasHan(outside) && IsEnglish(inside)) return new BilingualPair(outside, inside);
        if (HasHan(inside) && IsEnglish(outside)) return new BilingualPair(inside, outside);
        return null;
    }

    /// <summary>Keywords 0..n-1 Chinese and n..2n-1 English (no parentheses anywhere): keyword i pairs with n + i.</summary>
    internal static IReadOnlyList<BilingualPair> ParallelHalves(IReadOnlyList<string> keywords)
    {
        if (keywords.Count < 2 * MinParallelKeywords || keywords.Count % 2 != 0) return [];
        var half = keywords.Count / 2;
        for (var i = 0; i < keywords.Count; i++)
        {
            var keyword = keywords[i];
            if (keyword.AsSpan().IndexOfAny("()（）") >= 0) return [];
            if (i < half ? !HasHan(keyword) : !IsEnglish(keyword)) return [];
        }

        var pairs = new BilingualPair[half];
        for (var i = 0; i < half; i++) pairs[i] = new BilingualPair(keywords[i].Trim(), keywords[half + i].Trim());
        return pairs;
    }

    internal static bool HasHan(string text)
    {
        foreach (var c in text)
        {
            if (IsHan(c)) return true;
        }

        return false;
    }

    /// <summary>No Chinese character and at least one Latin letter.</summary>
    private static bool IsEnglish(string text)
    {
        var letter = false;
        foreach (var c in text)
        {
            if (IsHan(c)) return false;
            letter |= c is >= 'A' and <= 'Z' or >= 'a' and <= 'z';
        }

        return letter;
    }

    // CJK unified ideographs and extension A: the characters Chinese keywords are written in.
    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
