namespace ExpertGraph.Core.Names;

/// <summary>
/// Name keys write ü as u: romanized names rarely keep it (吕 is "Lü", "Lu", "Lv" or, on passports, "Lyu"), and the
/// tables write it v. Only the syllables lü/nü/lüe/nüe carry it, so the fold merges 吕 lü with 卢 lu, a price worth paying.
/// </summary>
internal static class PinyinFolding
{
    public static string Fold(string pinyin) => pinyin.Replace('v', 'u');

    /// <summary>The passport spelling of lü and nü ("Lyu", "Nyu"), which no pinyin syllable segmentation accepts.</summary>
    public static string FoldPassportSpelling(string word) => word switch
    {
        "lyu" => "lu",
        "nyu" => "nu",
        _ => word,
    };
}
