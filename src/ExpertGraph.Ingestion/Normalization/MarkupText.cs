using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ExpertGraph.Core.Text;

namespace ExpertGraph.Ingestion.Normalization;

/// <summary>
/// Turns markup inside a title or abstract into plain text: HTML (&lt;i&gt;, &lt;sup&gt;, entities), JATS
/// (&lt;jats:p&gt;, &lt;jats:title&gt;Abstract&lt;/jats:title&gt;) and MathML (&lt;mml:math&gt;, its alttext when
/// given, powers and indices as ^ and _). Parsed with AngleSharp's HTML5 parser, which is lenient the way real records need (unclosed tags, bare
/// ampersands, unknown prefixed elements), never with regexes. Block elements become word breaks; inline ones join.
/// Text without a tag or an entity is returned as it is, so the common case costs one scan.
/// </summary>
public static partial class MarkupText
{
    // Elements that end a run of text: a paragraph, a section title, a list item, a line break.
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "title", "sec", "section", "label", "caption", "table", "tr", "td", "th",
        "h1", "h2", "h3", "h4", "h5", "h6", "abstract", "list", "list-item", "disp-formula", "def-list", "def", "term",
        "blockquote", "fig", "article-title", "trans-title", "trans-abstract", "boxed-text", "statement",
    };

    // Elements whose text is never part of what a reader sees.
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "head", "object-id", "xref-group" };

    // Section titles that only say what the text is ("Abstract"), dropped from the start of an abstract.
    private static readonly HashSet<string> LeadingTitles = new(StringComparer.OrdinalIgnoreCase) { "abstract", "summary", "graphical abstract", "摘要" };

    [ThreadStatic] private static HtmlParser? t_parser;

    /// <summary>Whether <paramref name="text"/> holds something that looks like a tag or a character reference.</summary>
    public static bool HasMarkup(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOfAny('<', '&'); i >= 0; )
        {
            if (text[i] == '<' ? IsTagStart(text[(i + 1)..]) : IsReference(text[(i + 1)..])) return true;
            var rest = text[(i + 1)..].IndexOfAny('<', '&');
            if (rest < 0) return false;
            i += rest + 1;
        }

        return false;
    }

    private static bool IsTagStart(ReadOnlySpan<char> after) => after.Length > 0 && (char.IsAsciiLetter(after[0]) || after[0] is '/' or '!');

    // "&#160;", "&#x2009;", "&amp;": a name or number closed by ';' ("AT&T" and "R&D" are text).
    private static bool IsReference(ReadOnlySpan<char> after)
    {
        var start = after.Length > 0 && after[0] == '#' ? 1 : 0;
        var length = 0;
        while (start + length < after.Length && length <= 32 && char.IsAsciiLetterOrDigit(after[start + length])) length++;
        return length > 0 && start + length < after.Length && after[start + length] == ';';
    }

    /// <summary>Plain text of <paramref name="text"/>; null stays null. Text with markup comes back normalized (<see cref="TextNormalizer"/>).</summary>
    public static string? ToPlainText(string? text)
    {
        if (string.IsNullOrEmpty(text) || !HasMarkup(text)) return text;
        var parser = t_parser ??= new HtmlParser(new HtmlParserOptions { IsNotConsumingCharacterReferences = false, IsScripting = false });
        var document = parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        // A '<' that does not open a whole tag is text: LaTeX in arXiv abstracts ("$0<p\le 1$") would otherwise open an
        // element that swallows the rest of the abstract.
        var nodes = parser.ParseFragment(StrayLessThan().Replace(text, "&lt;"), document.Body!);
        var builder = new StringBuilder(text.Length);
        var leading = true;
        foreach (var node in nodes) Append(node, builder, ref leading);
        // Whitespace the removed tags left, collapsed the way every other text is (NFKC, one space).
        return TextNormalizer.Normalize(builder.ToString());
    }

    private static void Append(INode node, StringBuilder builder, ref bool leading)
    {
        switch (node)
        {
            case IText textNode:
                builder.Append(textNode.Data);
                if (!string.IsNullOrWhiteSpace(textNode.Data)) leading = false;
                return;
            case IElement element:
                var name = LocalName(element.LocalName);
                if (Dropped.Contains(name)) return;
                if (name == "math" && element.GetAttribute("alttext") is { Length: > 0 } alt)
                {
                    builder.Append(alt);
                    leading = false;
                    return;
                }

                if (leading && name == "title" && LeadingTitles.Contains(element.TextContent.Trim())) return;
                if (name is "msup" or "msub" && element.Children.Length == 2)
                {
                    // 10<msup>9</msup> is 10^9, not 109.
                    Append(element.Children[0], builder, ref leading);
                    builder.Append(name == "msup" ? '^' : '_');
                    Append(element.Children[1], builder, ref leading);
                    return;
                }

                var block = Blocks.Contains(name);
                if (block) builder.Append(' ');
                foreach (var child in element.ChildNodes) Append(child, builder, ref leading);
                if (block) builder.Append(' ');
                return;
        }
    }

    // A '<' not followed by a tag closed before the next '<' (name, then attributes or nothing, then '>'), nor by "!".
    [GeneratedRegex(@"<(?!/?[A-Za-z][A-Za-z0-9:_.-]*(?:\s[^<>]*)?/?>|!)", RegexOptions.CultureInvariant)]
    private static partial Regex StrayLessThan();

    // "jats:p" → "p", "mml:math" → "math": the HTML parser keeps a prefix as part of the name.
    private static string LocalName(string name)
    {
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? name : name[(colon + 1)..];
    }
}
