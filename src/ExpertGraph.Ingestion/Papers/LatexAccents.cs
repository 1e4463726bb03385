using System.Text;
using System.Text.RegularExpressions;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>
/// Decodes the LaTeX accent commands arXiv's author lists are written with ("Bal\'azs", "G\"ahler", "{\o}stergaard",
/// "\v{S}ebek", "\c{c}") into letters, for person names and affiliations only. Titles and abstracts keep their LaTeX:
/// nothing else is rendered, and text without a backslash is returned as it is. Braces left over once the accents are
/// decoded are grouping, never part of a name, and are dropped.
/// </summary>
internal static partial class LatexAccents
{
    public static string? Decode(string? text)
    {
        if (text is null || !text.Contains('\\', StringComparison.Ordinal)) return text;
        var decoded = Accent().Replace(text, match =>
        {
            var letter = match.Groups["letter"].Value;
            var letterBase = letter is ['\\', var dotless] ? dotless.ToString() : letter;
            return letterBase + Mark(match.Groups["command"].Value[0]);
        });
        decoded = Special().Replace(decoded, match => match.Groups["name"].Value switch
        {
            "ss" => "ß", "o" => "ø", "O" => "Ø", "ae" => "æ", "AE" => "Æ", "oe" => "œ", "OE" => "Œ",
            "aa" => "å", "AA" => "Å", "l" => "ł", "L" => "Ł", "i" => "ı", _ => "j",
        });
        if (decoded.Contains('{', StringComparison.Ordinal) || decoded.Contains('}', StringComparison.Ordinal))
            decoded = decoded.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal);
        return decoded.Normalize(NormalizationForm.FormC);
    }

    private static char Mark(char command) => command switch
    {
        '\'' => '\u0301', '`' => '\u0300', '^' => '\u0302', '"' => '\u0308', '~' => '\u0303', '=' => '\u0304',
        '.' => '\u0307', 'u' => '\u0306', 'v' => '\u030C', 'H' => '\u030B', 'c' => '\u0327', 'k' => '\u0328',
        _ => '\u030A', // 'r'
    };

    // \'a \'{a} \' a \'{\i}; the letter commands (\v, \c, ...) need braces or a space before their letter.
    [GeneratedRegex("""\\(?:(?<command>['`^"~=.])\s*(?:\{\s*(?<letter>\\?[A-Za-z])\s*\}|(?<letter>\\?[A-Za-z]))|(?<command>[uvHckr])(?:\s*\{\s*(?<letter>\\?[A-Za-z])\s*\}|\s+(?<letter>[A-Za-z])))""", RegexOptions.CultureInvariant)]
    private static partial Regex Accent();

    // \ss \o \ae \aa \l \i \j, ended by a non-letter; a space or "{}" ending the command word is part of it.
    [GeneratedRegex("""\\(?<name>ss|o|O|ae|AE|oe|OE|aa|AA|l|L|i|j)(?![A-Za-z])(?:\{\}|[ ](?=[A-Za-z]))?""", RegexOptions.CultureInvariant)]
    private static partial Regex Special();
}
