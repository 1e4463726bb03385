using System.Collections.Frozen;
using System.Text;
using System.Xml.Linq;

namespace ExpertGraph.Ingestion.Patents;

/// <summary>Plain text out of USPTO markup: trimmed, whitespace collapsed, paragraphs kept apart by a space.</summary>
internal static class PatentText
{
    // Block elements end a word; inline ones (<b>, <i>, <sub>, <sup>, <PDAT>) must not split "m<sup>2</sup>".
    private static readonly FrozenSet<string> BlockElements = FrozenSet.Create(StringComparer.Ordinal,
        "p", "paragraph", "heading", "br", "li", "claim-text", "PARA", "PTEXT", "BTEXT", "H", "STEXT");

    /// <summary>Trims and collapses runs of whitespace to one space; null for a null or blank input.</summary>
    public static string? Collapse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The collapsed text of an element and everything inside it; null when absent or blank.</summary>
    public static string? Of(XElement? element)
    {
        if (element is null) return null;
        var builder = new StringBuilder();
        Append(element, builder);
        return Collapse(builder.ToString());
    }

    /// <summary>The collapsed text of the first element on a path of child names, e.g. ("NAM", "FNM").</summary>
    public static string? At(XElement? element, params ReadOnlySpan<string> path)
    {
        foreach (var name in path)
        {
            element = element?.Element(name);
        }

        return Of(element);
    }

    private static void Append(XElement element, StringBuilder builder)
    {
        var block = BlockElements.Contains(element.Name.LocalName);
        if (block) builder.Append(' ');
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText text:
                    builder.Append(text.Value);
                    break;
                case XElement child:
                    Append(child, builder);
                    break;
            }
        }

        if (block) builder.Append(' ');
    }
}
