using System.Xml;
using System.Xml.Linq;

namespace ExpertGraph.Ingestion.Patents;

/// <summary>
/// Streams one document's top-level sections: the few a mapper needs (bibliographic data, abstract) become small
/// XElements, the rest (description, claims, drawings, sequence data) is skipped by the reader. The whole document
/// is still read to its end, so one that is not well-formed anywhere is rejected, not half-read.
/// </summary>
internal static class UsptoSectionReader
{
    /// <summary>Reads from the root element (the reader is on it) to the end of the document; the first section of each name.</summary>
    public static Dictionary<string, XElement> ReadSections(XmlReader reader, params ReadOnlySpan<string> wanted)
    {
        var sections = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var section in ReadAllSections(reader, firstOnly: true, wanted))
            sections[section.Name.LocalName] = section;
        return sections;
    }

    /// <summary>
    /// Reads from the root element (the reader is on it) to the end of the document; every top-level section of the
    /// wanted names, in document order (an EPO document has one abstract per language), or only the first of each name.
    /// </summary>
    public static List<XElement> ReadAllSections(XmlReader reader, bool firstOnly, params ReadOnlySpan<string> wanted)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sections = new List<XElement>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (reader.IsEmptyElement)
        {
            ReadToEnd(reader);
            return sections;
        }

        var rootDepth = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == rootDepth))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            var name = reader.LocalName;
            if (wanted.Contains(name) && (!firstOnly || seen.Add(name)))
                sections.Add((XElement)XNode.ReadFrom(reader));
            else
                reader.Skip();
        }

        ReadToEnd(reader);
        return sections;
    }

    /// <summary>Reads the rest of the document so that errors after the part of interest still surface.</summary>
    public static void ReadToEnd(XmlReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        while (reader.Read())
        {
            // Each Read checks well-formedness; nothing to keep.
        }
    }
}
