using System.Collections.Frozen;

namespace ExpertGraph.Core.Names;

public static partial class PersonNameParser
{
    private static readonly FrozenSet<string> Suffixes = new[]
    {
        "jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "esq", "esq.", "2nd", "3rd",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Particles that belong to the family name in any capitalization ("Gaetano De Luca", "Koert van Mensvoort").</summary>
    private static readonly FrozenSet<string> Particles = new[]
    {
        "van", "von", "der", "den", "de", "del", "della", "dos", "das", "du", "la", "ten", "ter", "vander", "zu",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Particles that are also pinyin syllables or Vietnamese surnames: only lower-case spellings count.</summary>
    private static readonly FrozenSet<string> LowerCaseParticles = new[]
    {
        "da", "di", "le", "bin", "binti", "al", "el",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static PersonName ParseLatin(string text, NameScript script)
    {
        if (text.Contains(',', StringComparison.Ordinal)) return ParseInverted(text, script);

        var tokens = DropSuffixes(text.Split(' ').ToList());
        if (tokens.Count == 1) return new PersonName(tokens[0], string.Empty, script);

        // "ZHANG Wei": an upper-case word before mixed-case words is the family name.
        var upperRun = tokens.TakeWhile(IsUpperWord).Count();
        if (upperRun > 0 && upperRun < tokens.Count && !tokens.Skip(upperRun).Any(IsUpperWord))
            return Split(tokens, familyStart: 0, familyEnd: upperRun, script);

        // "Zhang J", "Smith JA": MEDLINE style, bare initials after the family name.
        var initialsRun = tokens.AsEnumerable().Reverse().TakeWhile(IsBareInitials).Count();
        if (initialsRun > 0 && initialsRun < tokens.Count && tokens.Take(tokens.Count - initialsRun).All(IsMixedCaseWord))
            return Split(tokens, familyStart: 0, familyEnd: tokens.Count - initialsRun, script);

        // "Given Middle Family", the family name taking the particles before it: "Elena de la Guía".
        var familyStart = tokens.Count - 1;
        while (familyStart > 1 && IsParticle(tokens[familyStart - 1])) familyStart--;
        return Split(tokens, familyStart, tokens.Count, script);
    }

    /// <summary>"Family, Given" and "Family, Given, Jr.": the first comma ends the family name.</summary>
    private static PersonName ParseInverted(string text, NameScript script)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(part => !Suffixes.Contains(part))
            .ToList();
        if (parts.Count == 0) return new PersonName(string.Empty, string.Empty, script);
        var family = string.Join(' ', DropSuffixes(parts[0].Split(' ').ToList()));
        var given = string.Join(' ', DropSuffixes(string.Join(' ', parts.Skip(1)).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList()));
        return new PersonName(family, given, script);
    }

    private static PersonName Split(List<string> tokens, int familyStart, int familyEnd, NameScript script)
    {
        var family = string.Join(' ', tokens[familyStart..familyEnd]);
        var given = string.Join(' ', tokens[..familyStart].Concat(tokens[familyEnd..]));
        return new PersonName(family, given, script);
    }

    private static List<string> DropSuffixes(List<string> tokens)
    {
        while (tokens.Count > 1 && Suffixes.Contains(tokens[^1].TrimEnd(','))) tokens.RemoveAt(tokens.Count - 1);
        return tokens;
    }

    private static bool IsParticle(string token) => Particles.Contains(token) || LowerCaseParticles.Contains(token);

    /// <summary>"ZHANG", "LI": two or more letters, all upper-case, no dots (those would be initials).</summary>
    private static bool IsUpperWord(string token) =>
        token.Count(char.IsLetter) >= 2 && !token.Contains('.', StringComparison.Ordinal) && !token.Any(char.IsLower);

    /// <summary>"J", "JA", "JWK": one to three upper-case letters with no dots.</summary>
    private static bool IsBareInitials(string token) => token.Length is >= 1 and <= 3 && token.All(char.IsUpper);

    private static bool IsMixedCaseWord(string token) => token.Any(char.IsLower) && token.Any(char.IsUpper);
}
