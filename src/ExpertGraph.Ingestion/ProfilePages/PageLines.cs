using System.Text;
using AngleSharp.Dom;

namespace ExpertGraph.Ingestion.ProfilePages;

/// <summary>
/// A page's visible text as lines, the way a reader sees it: every block element, table cell, list item, dt/dd and
/// &lt;br&gt; ends a line; menus (&lt;nav&gt;) are left out. Each line remembers the element it came from (for lists under a heading).
/// </summary>
internal static class PageLines
{
    private static readonly HashSet<string> Breaks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5", "h6",
        "section", "article", "header", "footer", "nav", "aside", "main", "blockquote", "hr", "address", "figure", "form",
    };

    private static readonly HashSet<string> Hidden = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "template", "head", "svg", "nav" };

    public static List<PageLine> Read(IElement root)
    {
        var lines = new List<PageLine>();
        var current = new StringBuilder();
        IElement? owner = null;
        Walk(root, lines, current, ref owner);
        Flush(lines, current, owner);
        return lines;
    }

    private static void Walk(INode node, List<PageLine> lines, StringBuilder current, ref IElement? owner)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                if (current.Length == 0 || owner is null) owner = text.ParentElement;
                current.Append(text.Data);
                continue;
            }

            if (child is not IElement element || Hidden.Contains(element.LocalName)) continue;
            var breaks = Breaks.Contains(element.LocalName);
            if (breaks)
            {
                Flush(lines, current, owner);
                owner = element;
            }

            Walk(element, lines, current, ref owner);
            if (breaks)
            {
                Flush(lines, current, owner);
                owner = null;
            }
        }
    }

    private static void Flush(List<PageLine> lines, StringBuilder current, IElement? owner)
    {
        var text = Core.Text.TextNormalizer.Normalize(current.ToString());
        current.Clear();
        if (text.Length > 0) lines.Add(new PageLine(text, owner));
    }
}
