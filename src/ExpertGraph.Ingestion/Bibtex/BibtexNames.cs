using System.Text;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Core.Text;
using ExpertGraph.Ingestion.Papers;

namespace ExpertGraph.Ingestion.Bibtex;

/// <summary>
/// Reads a BibTeX name list the way BibTeX does: names are separated by "and" at brace depth 0, and each name is
/// "First von Last", "von Last, First" or "von Last, Jr, First", words split at depth 0 so that a braced
/// "{Barnes and Noble}" stays one family name. The family name takes the von particles; Jr is dropped as the name
/// parser drops it. Two departures, for real exports: a name ending in an empty comma part ("Ricardo Bayón," in
/// OpenAlex's BibTeX) is read without it, and a list of hanzi names is also split at the separators Chinese lists use
/// (";", "，", "、"), since a comma is never the family/given separator of a hanzi name. Hanzi names keep no parsed name:
/// the normalizer's Chinese parser splits them (compound surnames included), unless they name an organization.
/// </summary>
internal static class BibtexNames
{
    /// <summary>The mentions of a name list, in order, numbered from <paramref name="firstPosition"/>.</summary>
    public static List<AuthorMention> Read(string? raw, AuthorRole role, int firstPosition)
    {
        var mentions = new List<AuthorMention>();
        if (string.IsNullOrWhiteSpace(raw)) return mentions;
        foreach (var name in SplitNames(raw))
        {
            var text = LatexText.ToText(name);
            // "others" (et al.) is no one, and neither is a name without a letter ("-", "?"), which no name parser reads.
            if (text is null || string.Equals(text, "others", StringComparison.OrdinalIgnoreCase) || !text.Any(char.IsLetter)) continue;
            if (ScriptDetector.ContainsHan(text) && !text.Any(char.IsAsciiLetter))
            {
                foreach (var hanzi in HanAuthorNames.Split(text))
                    mentions.Add(new AuthorMention(hanzi, firstPosition + mentions.Count) { Role = role, Name = HanAuthorNames.OrganizationName(hanzi) });
                continue;
            }

            var (rawName, parsed) = Parse(name);
            if (rawName.Length > 0) mentions.Add(new AuthorMention(rawName, firstPosition + mentions.Count) { Role = role, Name = parsed });
        }

        return mentions;
    }

    /// <summary>The names of a list: split at the word "and" (any case) between whitespace at brace depth 0.</summary>
    internal static List<string> SplitNames(string raw)
    {
        var names = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '{') depth++;
            else if (c == '}') depth--;
            else if (depth == 0 && char.IsWhiteSpace(c) && i + 4 < raw.Length && raw.AsSpan(i + 1, 3).Equals("and", StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(raw[i + 4]))
            {
                names.Add(raw[start..i]);
                start = i + 4;
                i += 3;
            }
        }

        names.Add(raw[start..]);
        return names.Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
    }

    /// <summary>
    /// One name: its display text and its family/given split. The raw name is the name as written unless the name
    /// parser would read that text differently from BibTeX; then it is written "Family, Given", which both read alike.
    /// </summary>
    internal static (string RawName, PersonName? Name) Parse(string raw)
    {
        var parts = SplitAtDepthZero(raw, ',').Select(p => p.Trim()).ToList();
        while (parts.Count > 1 && parts[^1].Length == 0) parts.RemoveAt(parts.Count - 1);
        var written = LatexText.ToText(string.Join(", ", parts)) ?? string.Empty;
        if (written.Length == 0) return (string.Empty, null);

        string family, given;
        if (parts.Count == 1)
        {
            var words = Words(parts[0]);
            var firstLower = words.FindIndex(0, Math.Max(0, words.Count - 1), IsLowerCase);
            var familyStart = firstLower >= 0 ? firstLower : words.Count - 1;
            family = Text(words.Skip(familyStart));
            given = Text(words.Take(familyStart));
        }
        else
        {
            family = Text(Words(parts[0]));
            given = Text(parts.Skip(parts.Count == 2 ? 1 : 2).SelectMany(Words));
        }

        if (family.Length == 0 && given.Length == 0) return (written, null);
        var script = PersonNameParser.TryParse(written, out var asWritten) ? asWritten.Script : NameScript.Other;
        var name = new PersonName(family, given, script);
        var agrees = asWritten is not null && asWritten.Family == family && asWritten.Given == given;
        var rawName = agrees || given.Length == 0 ? written : family + ", " + given;
        return (rawName, name);
    }

    /// <summary>The words of a name part: split at whitespace and '~' at brace depth 0.</summary>
    private static List<string> Words(string part)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var depth = 0;
        foreach (var c in part)
        {
            if (c == '{') depth++;
            else if (c == '}') depth--;
            if (depth == 0 && (char.IsWhiteSpace(c) || c == '~'))
            {
                if (word.Length > 0) words.Add(word.ToString());
                word.Clear();
                continue;
            }

            word.Append(c);
        }

        if (word.Length > 0) words.Add(word.ToString());
        return words;
    }

    /// <summary>
    /// BibTeX's von test: the first letter at depth 0 is lower-case; a special character such as {\'e} counts by its
    /// letter; a word that starts with a plain brace group, or has no letter, is not lower-case.
    /// </summary>
    private static bool IsLowerCase(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c == '{')
            {
                if (i + 1 < word.Length && word[i + 1] == '\\')
                {
                    var special = LatexText.ToText(word[i..]);
                    return special is { Length: > 0 } && char.IsLower(special[0]);
                }

                return false;
            }

            if (c == '\\')
            {
                var command = LatexText.ToText(word[i..]);
                return command is { Length: > 0 } && char.IsLower(command[0]);
            }

            if (char.IsLetter(c)) return char.IsLower(c);
        }

        return false;
    }

    private static string Text(IEnumerable<string> words) => LatexText.ToText(string.Join(' ', words)) ?? string.Empty;

    private static List<string> SplitAtDepthZero(string raw, char separator)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '{') depth++;
            else if (raw[i] == '}') depth--;
            else if (raw[i] == separator && depth == 0)
            {
                parts.Add(raw[start..i]);
                start = i + 1;
            }
        }

        parts.Add(raw[start..]);
        return parts;
    }
}
