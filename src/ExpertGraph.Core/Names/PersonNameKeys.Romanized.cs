using System.Globalization;
using System.Text;
using ExpertGraph.Core.Text;

namespace ExpertGraph.Core.Names;

public sealed partial class PersonNameKeys
{
    /// <summary>One word of a romanized name: folded (lower-case, no marks or punctuation) and whether it is an initial.</summary>
    private readonly record struct NameWord(string Text, bool IsInitial);

    /// <summary>
    /// True for a name in hanzi, or a romanized name that reads as Chinese (every word pinyin, a listed surname): the
    /// names that many people share, on which the resolver asks for more evidence.
    /// </summary>
    public bool ReadsAsChinese(PersonName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Script == NameScript.Han) return true;
        var allUpperCase = !name.Family.Any(char.IsLower) && !name.Given.Any(char.IsLower);
        return ChineseKey(Words(name.Family, allUpperCase), Words(name.Given, allUpperCase)) is not null;
    }

    private PersonNameKey RomanizedKey(PersonName name)
    {
        var allUpperCase = !name.Family.Any(char.IsLower) && !name.Given.Any(char.IsLower);
        var family = Words(name.Family, allUpperCase);
        var given = Words(name.Given, allUpperCase);
        return ChineseKey(family, given) ?? LatinKey(family, given);
    }

    /// <summary>
    /// The key of a romanized Chinese name, or null when the name does not read as one. The family name is the parsed
    /// family or, when the given name is written in full, its first word, whichever is a listed surname of lower
    /// precedence: both "Zhang Wei" (parsed family Wei) and "Wei Zhang" give family zhang, given wei.
    /// </summary>
    private PersonNameKey? ChineseKey(List<NameWord> family, List<NameWord> given)
    {
        if (family.Count == 0 || family.Exists(word => word.IsInitial)) return null;
        var texts = family.Concat(given).Where(word => !word.IsInitial).Select(word => PinyinFolding.FoldPassportSpelling(word.Text));
        if (!texts.All(text => _pinyin.IsPinyinWord(text))) return null;

        var familyText = Join(family);
        var familyPrecedence = _surnames.PrecedenceOf(familyText);
        var givenInFull = given.Count > 0 && !given.Exists(word => word.IsInitial);
        if (givenInFull && _surnames.PrecedenceOf(Join(given[..1])) is { } swapped && swapped < (familyPrecedence ?? int.MaxValue))
            return Keys(Join(given[..1]), Join([.. given[1..], .. family]), givenInFull: true);
        if (familyPrecedence is null) return null;
        return Keys(familyText, Join(given), givenInFull);
    }

    private static PersonNameKey LatinKey(List<NameWord> family, List<NameWord> given)
    {
        var familyText = string.Join(' ', family.Select(word => word.Text));
        var givenInFull = given.Count > 0 && !given[0].IsInitial;
        return Keys(familyText, string.Join(' ', given.Select(word => word.Text)), givenInFull);
    }

    private static string Join(IEnumerable<NameWord> words) =>
        PinyinFolding.Fold(string.Concat(words.Select(word => PinyinFolding.FoldPassportSpelling(word.Text))));

    /// <summary>
    /// Splits at spaces and dots ("J.W." is two initials); a hyphen joins ("Xiao-Ming" is one word). An initial is one
    /// letter, or up to three capitals in a name that is not all capitals ("ZQ" in "Luo, ZQ", MEDLINE's "Smith JA").
    /// </summary>
    private static List<NameWord> Words(string part, bool allUpperCase)
    {
        var words = new List<NameWord>();
        foreach (var raw in part.Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            var text = Fold(raw);
            if (text.Length == 0) continue;
            var letters = raw.Count(char.IsLetter);
            var isInitial = letters == 1 || (!allUpperCase && letters <= 3 && raw.All(c => !char.IsLetter(c) || char.IsUpper(c)));
            words.Add(new NameWord(text, isInitial));
        }

        return words;
    }

    /// <summary>
    /// Marks stripped (Zhāng → zhang), then lower-case (invariant), ø → o and the like, only letters and digits kept.
    /// Decomposing first turns Turkish İ into I + dot, which invariant lower-casing alone would leave upper-case.
    /// </summary>
    private static string Fold(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var upper in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(upper) == UnicodeCategory.NonSpacingMark) continue;
            var c = char.ToLowerInvariant(upper);
            if (!char.IsLetterOrDigit(c) && !char.IsSurrogate(c)) continue;
            if (LatinLetters.PlainForm(c) is { } plain) folded.Append(plain);
            else folded.Append(c);
        }

        return folded.ToString();
    }
}
