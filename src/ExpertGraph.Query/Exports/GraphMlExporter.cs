using System.Globalization;
using System.Text;
using System.Xml;
using ExpertGraph.Core.Storage;
using ExpertGraph.Search.Careers;

namespace ExpertGraph.Query.Exports;

/// <summary>
/// Writes the co-authorship network as GraphML for Gephi (docs/exports.md): every person a node with attributes,
/// every pair of co-authors an undirected edge weighted by their shared works, streamed from the store (XmlWriter).
/// </summary>
internal sealed class GraphMlExporter(IExpertStore store, PersonFacts facts, int referenceYear)
{
    private static readonly (string Id, string For, string Type)[] Keys =
    [
        ("label", "node", "string"), ("orcid", "node", "string"), ("country", "node", "string"), ("institution", "node", "string"),
        ("careerStage", "node", "string"), ("works", "node", "int"), ("citations", "node", "long"), ("hIndex", "node", "int"),
        ("firstYear", "node", "int"), ("lastYear", "node", "int"),
        ("weight", "edge", "double"), ("papers", "edge", "int"), ("patents", "edge", "int"), ("projects", "edge", "int"),
        ("edgeFirstYear", "edge", "int"), ("edgeLastYear", "edge", "int"),
    ];

    /// <summary>Writes the document; returns the node and edge counts.</summary>
    public (long Nodes, long Edges) Write(Stream output, CancellationToken cancellationToken)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", "http://graphml.graphdrawing.org/xmlns");
        foreach (var (id, domain, type) in Keys)
        {
            xml.WriteStartElement("key");
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("for", domain);
            xml.WriteAttributeString("attr.name", id.StartsWith("edge", StringComparison.Ordinal) ? char.ToLowerInvariant(id[4]) + id[5..] : id);
            xml.WriteAttributeString("attr.type", type);
            xml.WriteEndElement();
        }

        xml.WriteStartElement("graph");
        xml.WriteAttributeString("id", "coauthors");
        xml.WriteAttributeString("edgedefault", "undirected");
        var persons = new HashSet<long>();
        foreach (var person in GraphPerson.ReadAll(store, facts, referenceYear, cancellationToken))
        {
            persons.Add(person.Id.Value);
            xml.WriteStartElement("node");
            xml.WriteAttributeString("id", person.Id.ToString());
            Data(xml, "label", person.Name);
            Data(xml, "orcid", person.Orcid);
            Data(xml, "country", person.CountryCode);
            Data(xml, "institution", person.Institution);
            if (person.Career is { } career)
            {
                Data(xml, "careerStage", CareerStages.Name(career.Stage));
                Data(xml, "works", career.Works);
                Data(xml, "citations", career.Citations);
                Data(xml, "hIndex", career.HIndex);
                Data(xml, "firstYear", career.FirstYear);
                Data(xml, "lastYear", career.LastYear);
            }

            xml.WriteEndElement();
        }

        long edges = 0;
        foreach (var pair in CoauthorPairs.Read(store, cancellationToken))
        {
            if (!persons.Contains(pair.A.Value) || !persons.Contains(pair.B.Value)) continue;
            xml.WriteStartElement("edge");
            xml.WriteAttributeString("id", "e" + (++edges).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("source", pair.A.ToString());
            xml.WriteAttributeString("target", pair.B.ToString());
            Data(xml, "weight", (double)pair.SharedWorks);
            Data(xml, "papers", pair.Papers);
            Data(xml, "patents", pair.Patents);
            Data(xml, "projects", pair.Projects);
            Data(xml, "edgeFirstYear", pair.FirstYear);
            Data(xml, "edgeLastYear", pair.LastYear);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
        return (persons.Count, edges);
    }

    private static void Data(XmlWriter xml, string key, object? value)
    {
        var text = value switch
        {
            null => null,
            string s => XmlSafe(s),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        if (text is null) return;
        xml.WriteStartElement("data");
        xml.WriteAttributeString("key", key);
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    /// <summary>Drops characters XML 1.0 cannot hold (control characters from a source record), which XmlWriter refuses.</summary>
    private static string XmlSafe(string text) =>
        text.Any(c => !XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c)) ? new string([.. text.Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c))]) : text;
}
