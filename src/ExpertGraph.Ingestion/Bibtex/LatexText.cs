using System.Text;
using ExpertGraph.Ingestion.Papers;

namespace ExpertGraph.Ingestion.Bibtex;

/// <summary>
/// Turns the LaTeX of a BibTeX field value into the text a reader sees: accents ({\"o}, \'{e}, \c{c}) become
/// composed letters, special letters ({\ss}, \o) and symbols (\&amp;, \textendash) their characters, protection braces
/// and math dollars vanish, ~ is a space, -- and --- are dashes, `` and '' curly quotes. A command the tables do not
/// know leaves no text of its own but keeps its braced argument (\emph{Homo} → Homo). Whitespace is collapsed.
/// </summary>
internal static class LatexText
{
    public static string? ToText(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var text = new StringBuilder(raw.Length);
        var index = 0;
        AppendGroup(raw, ref index, text, insideGroup: false);
        return PaperText.CollapseWhitespace(text.ToString().Normalize(NormalizationForm.FormC));
    }

    /// <summary>
    /// The text of a verbatim field (url, doi): no LaTeX but the backslashes exporters put before _ % &amp; # ~ $ and
    /// the braces around the value's parts.
    /// </summary>
    public static string? Verbatim(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var text = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c is '{' or '}') continue;
            if (c == '\\' && i + 1 < raw.Length && raw[i + 1] is '_' or '%' or '&' or '#' or '~' or '$') continue;
            text.Append(c);
        }

        return PaperText.CollapseWhitespace(text.ToString());
    }

    private static void AppendGroup(string raw, ref int index, StringBuilder text, bool insideGroup)
    {
        while (index < raw.Length)
        {
            var c = raw[index];
            switch (c)
            {
                case '{':
                    index++;
                    AppendGroup(raw, ref index, text, insideGroup: true);
                    break;
                case '}':
                    index++;
                    if (insideGroup) return;
                    break;
                case '\\':
                    AppendCommand(raw, ref index, text);
                    break;
                case '~':
                    text.Append(' ');
                    index++;
                    break;
                case '$':
                    index++;
                    break;
                case '-':
                    var dashes = Run(raw, index, '-');
                    text.Append(dashes switch { 1 => "-", 2 => "–", _ => "—" });
                    index += Math.Min(dashes, 3);
                    break;
                case '`' when Run(raw, index, '`') >= 2:
                    text.Append('“');
                    index += 2;
                    break;
                case '`':
                    text.Append('‘');
                    index++;
                    break;
                case '\'' when Run(raw, index, '\'') >= 2:
                    text.Append('”');
                    index += 2;
                    break;
                default:
                    text.Append(char.IsWhiteSpace(c) ? ' ' : c);
                    index++;
                    break;
            }
        }
    }

    /// <summary>A command at <paramref name="index"/> (its backslash): its text, if any, is appended.</summary>
    private static void AppendCommand(string raw, ref int index, StringBuilder text)
    {
        var name = ReadCommandName(raw, ref index);
        if (name.Length == 0) return;
        if (LatexSymbols.Accents.TryGetValue(name, out var mark))
        {
            AppendAccented(raw, ref index, text, mark);
            return;
        }

        if (LatexSymbols.Text.TryGetValue(name, out var symbol))
        {
            text.Append(symbol);
            // "{\ss}e", "\ss{}": an empty group after a letter command only ends its name.
            if (index + 1 < raw.Length && raw[index] == '{' && raw[index + 1] == '}') index += 2;
            return;
        }

        if (LatexSymbols.DropArgument.Contains(name) && index < raw.Length && raw[index] == '{')
            SkipGroup(raw, ref index);
    }

    /// <summary>The command's name (letters, or one other character), the backslash and the spaces after a letter name consumed.</summary>
    private static string ReadCommandName(string raw, ref int index)
    {
        index++;
        if (index >= raw.Length) return string.Empty;
        var start = index;
        if (!char.IsAsciiLetter(raw[index])) return raw[index++].ToString();
        while (index < raw.Length && char.IsAsciiLetter(raw[index])) index++;
        var name = raw[start..index];
        while (index < raw.Length && raw[index] is ' ' or '\t' or '\n' or '\r') index++;
        return name;
    }

    /// <summary>The accent's argument (a letter, a group or a command such as \i), its first letter marked.</summary>
    private static void AppendAccented(string raw, ref int index, StringBuilder text, char mark)
    {
        while (index < raw.Length && raw[index] == ' ') index++;
        if (index >= raw.Length) return;
        var argument = new StringBuilder();
        if (raw[index] == '{')
        {
            index++;
            AppendGroup(raw, ref index, argument, insideGroup: true);
        }
        else if (raw[index] == '\\')
        {
            AppendCommand(raw, ref index, argument);
        }
        else
        {
            argument.Append(raw[index++]);
        }

        if (argument.Length == 0)
        {
            text.Append(mark);
            return;
        }

        // \'{\i} is an accented i: the dotless letter only keeps the dot off under the accent.
        var first = argument[0] switch { 'ı' => 'i', 'ȷ' => 'j', var letter => letter };
        text.Append(first).Append(mark).Append(argument, 1, argument.Length - 1);
    }

    private static void SkipGroup(string raw, ref int index)
    {
        var depth = 0;
        for (; index < raw.Length; index++)
        {
            if (raw[index] == '{') depth++;
            else if (raw[index] == '}' && --depth == 0)
            {
                index++;
                return;
            }
        }
    }

    private static int Run(string raw, int index, char c)
    {
        var end = index;
        while (end < raw.Length && raw[end] == c) end++;
        return end - index;
    }
}
