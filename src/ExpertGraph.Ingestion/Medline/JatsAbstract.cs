using System.Text;
using System.Xml.Linq;
using ExpertGraph.Ingestion.Papers;

namespace ExpertGraph.Ingestion.Medline;

/// <summary>
/// The text of a JATS &lt;abstract&gt;: paragraphs in order, each section after its title ("Background: …") as a
/// structured abstract reads. The abstract's own heading ("Abstract", "Author Summary") says nothing and is dropped.
/// </summary>
internal static class JatsAbstract
{
    public static string? Text(XElement? abstractElement) => abstractElement is null ? null : Body(abstractElement);

    private static string? Body(XElement container)
    {
        var builder = new StringBuilder();
        foreach (var node in container.Nodes())
        {
            switch (node)
            {
                case XText text:
                    builder.Append(text.Value);
                    break;
                case XElement { Name.LocalName: "title" or "label" or "object-id" }:
                    break;
                case XElement { Name.LocalName: "sec" } section:
                    builder.Append(' ').Append(Section(section)).Append(' ');
                    break;
                case XElement element when XmlElementText.IsBlock(element.Name.LocalName):
                    builder.Append(' ').Append(XmlElementText.Of(element)).Append(' ');
                    break;
                case XElement inline:
                    // <italic>, <sup> directly in an abstract without paragraphs join their neighbours.
                    builder.Append(XmlElementText.Of(inline));
                    break;
            }
        }

        return PaperText.CollapseWhitespace(builder.ToString());
    }

    private static string? Section(XElement section)
    {
        var title = XmlElementText.Of(section.Element("title"))?.TrimEnd(':', '.', ' ');
        var body = Body(section);
        return string.IsNullOrEmpty(title) ? body : body is null ? title : $"{title}: {body}";
    }
}
