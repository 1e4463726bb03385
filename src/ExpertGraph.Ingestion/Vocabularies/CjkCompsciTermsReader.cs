using System.Text;
using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Ingestion.Vocabularies;

/// <summary>
/// cjk-compsci-terms tables (*.yaml). Not a general YAML parser: these files have one fixed shape, read line by line —
/// "- en:" starts an entry, "  &lt;locale&gt;:" a locale, "    &lt;key&gt;:" a variant, and "    - term: x" or
/// "    - { term: x, …, space: no }" its pieces. A variant's text is its pieces joined by a space unless the piece says
/// "space: no" (the keys of zh-CN are the shared traditional spelling, so the pieces, not the key, give the simplified
/// text); spaces between two Chinese characters are dropped.
/// </summary>
internal static class CjkCompsciTermsReader
{
    public static IReadOnlyList<CjkCompsciTerm> ReadFolder(string folder)
    {
        if (!Directory.Exists(folder)) throw new LexiconFormatException(folder, 0, "the vocabulary folder does not exist");
        return [.. Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal).SelectMany(Read)];
    }

    public static IReadOnlyList<CjkCompsciTerm> Read(string path)
    {
        var name = Path.GetFileName(path);
        var entries = new List<CjkCompsciTerm>();
        Dictionary<string, List<string>>? locales = null;
        string? locale = null;
        StringBuilder? variant = null;
        var entryLine = 0;
        var line = 0;

        void EndVariant()
        {
            if (variant is not null && locale is not null && locales is not null && variant.Length > 0)
                locales[locale].Add(JoinChinese(variant.ToString()));
            variant = null;
        }

        void EndEntry()
        {
            EndVariant();
            if (locales is not null)
                entries.Add(new CjkCompsciTerm(name, entryLine, Get(locales, "en"), Get(locales, "zh-CN"), Get(locales, "zh-TW")));
            locales = null;
        }

        foreach (var text in File.ReadLines(path, new UTF8Encoding(false, true)))
        {
            line++;
            var trimmed = WithoutComment(text).Trim();
            if (trimmed.Length == 0) continue;
            var indent = text.Length - text.TrimStart(' ').Length;
            if (indent == 0 && trimmed.StartsWith("- ", StringComparison.Ordinal))
            {
                EndEntry();
                locales = new Dictionary<string, List<string>>(StringComparer.Ordinal);
                entryLine = line;
                locale = StartLocale(locales, trimmed[2..].Trim(), path, line);
            }
            else if (indent == 2 && locales is not null)
            {
                EndVariant();
                locale = StartLocale(locales, trimmed, path, line);
            }
            else if (indent == 4 && !trimmed.StartsWith('-') && locale is not null)
            {
                EndVariant();
                if (!trimmed.EndsWith(':')) throw new LexiconFormatException(path, line, "expected a term key ending in ':'");
                variant = new StringBuilder();
                if (locale == "en") variant.Append(Unquote(trimmed[..^1]));
            }
            else if (indent == 4 && variant is not null)
            {
                if (locale == "en") continue;
                var (piece, space) = Piece(trimmed[1..].Trim(), path, line);
                if (variant.Length > 0 && space) variant.Append(' ');
                variant.Append(piece);
            }
            else
            {
                throw new LexiconFormatException(path, line, "unexpected line in a cjk-compsci-terms table");
            }
        }

        EndEntry();
        return entries;
    }

    private static string StartLocale(Dictionary<string, List<string>> locales, string text, string path, int line)
    {
        if (!text.EndsWith(':')) throw new LexiconFormatException(path, line, "expected a locale like 'zh-CN:'");
        var locale = text[..^1];
        locales.TryAdd(locale, []);
        return locale;
    }

    /// <summary>"term: x" or "{ term: x, read: …, space: no }" → the piece's text and whether a space goes before it.</summary>
    private static (string Text, bool Space) Piece(string text, string path, int line)
    {
        if (text.StartsWith('{') && text.EndsWith('}')) text = text[1..^1];
        string? term = null;
        var space = true;
        foreach (var pair in SplitOutsideQuotes(text))
        {
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0) continue;
            var key = pair[..colon].Trim();
            var value = Unquote(pair[(colon + 1)..].Trim());
            if (key == "term") term = value;
            else if (key == "space" && value == "no") space = false;
        }

        return term is null ? throw new LexiconFormatException(path, line, "a piece without 'term:'") : (term, space);
    }

    private static IEnumerable<string> SplitOutsideQuotes(string text)
    {
        var start = 0;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"') quoted = !quoted;
            else if (text[i] == ',' && !quoted)
            {
                yield return text[start..i];
                start = i + 1;
            }
        }

        yield return text[start..];
    }

    /// <summary>The line without a trailing "# …" comment (a '#' at the start or after a space, outside quotes).</summary>
    private static string WithoutComment(string text)
    {
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"') quoted = !quoted;
            else if (text[i] == '#' && !quoted && (i == 0 || text[i - 1] == ' ')) return text[..i];
        }

        return text;
    }

    private static string Unquote(string text) =>
        text.Length >= 2 && text[0] == text[^1] && text[0] is '"' or '\'' ? text[1..^1] : text;

    private static string JoinChinese(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ' ' && i > 0 && i + 1 < text.Length && IsHan(text[i - 1]) && IsHan(text[i + 1])) continue;
            result.Append(text[i]);
        }

        return result.ToString().Trim();
    }

    internal static bool IsHan(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    private static string[] Get(Dictionary<string, List<string>> locales, string locale) =>
        locales.TryGetValue(locale, out var list) ? [.. list.Distinct(StringComparer.Ordinal)] : [];
}
