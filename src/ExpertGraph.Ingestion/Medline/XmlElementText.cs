using System.Collections.Frozen;
using System.Text;
using System.Xml.Linq;
using ExpertGraph.Ingestion.Papers;

namespace ExpertGraph.Ingestion.Medline;

/// <summary>
/// The text of a mixed-content element (a PubMed ArticleTitle or AbstractText, a JATS article-title, p or aff): the
/// text of inline children (&lt;i&gt;, &lt;sub&gt;, &lt;italic&gt;) joins their neighbours, block children end a word,
/// MathML keeps its alttext or writes powers as ^ and indices as _. Whitespace is collapsed; null when nothing is left.
/// </summary>
internal static class XmlElementText
{
    private static readonly FrozenSet<string> Blocks = FrozenSet.Create(StringComparer.Ordinal,
        "p", "sec", "title", "label", "list", "list-item", "def-list", "def-item", "disp-formula", "disp-quote", "break",
        "table-wrap", "table", "tr", "td", "th", "fig", "caption", "boxed-text", "statement", "AbstractText");

    /// <summary>Whether an element of this name ends a word (a paragraph, a section, a list) rather than joining its neighbours.</summary>
    public static bool IsBlock(string localName) => Blocks.Contains(localName);

    /// <summary>The element's text without the children named in <paramref name="skipped"/> (e.g. an aff's label).</summary>
    public static string? Of(XElement? element, params ReadOnlySpan<string> skipped)
    {
        if (element is null) return null;
        var builder = new StringBuilder();
        var skip = skipped.IsEmpty ? FrozenSet<string>.Empty : FrozenSet.Create(StringComparer.Ordinal, skipped);
        foreach (var node in element.Nodes()) Append(node, builder, skip);
        return PaperText.CollapseWhitespace(builder.ToString());
    }

    private static void Append(XNode node, StringBuilder builder, FrozenSet<string> skip)
    {
        if (node is XText text)
        {
            builder.Append(text.Value);
            return;
        }

        if (node is not XElement element || skip.Contains(element.Name.LocalName)) return;
        var name = element.Name.LocalName;
        if (name == "math" && (string?)element.Attribute("alttext") is { Length: > 0 } alt)
        {
            builder.Append(alt);
            return;
        }

        var children = element.Elements().ToList();
        if (name is "msup" or "msub" && children.Count == 2)
        {
            // 10<msup>9</msup> is 10^9, not 109.
            Append(children[0], builder, skip);
            builder.Append(name == "msup" ? '^' : '_');
            Append(children[1], builder, skip);
            return;
        }

        var block = Blocks.Contains(name);
        if (block) builder.Append(' ');
        foreach (var child in element.Nodes()) Append(child, builder, skip);
        if (block) builder.Append(' ');
    }
}
