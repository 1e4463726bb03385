using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace ExpertGraph.Resolution.Gold;

/// <summary>Parses one AMiner data file (after <see cref="AminerXmlText.Repair"/>) into its FullName and publications.</summary>
internal static class AminerXmlReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        IgnoreWhitespace = true,
        IgnoreComments = true,
    };

    public static (string FullName, List<AminerPublication> Publications, int Repairs) Read(string file, List<string> quarantine)
    {
        var text = AminerXmlText.Repair(File.ReadAllText(file), out var repairs);
        using var reader = XmlReader.Create(new StringReader(text), Settings);
        var info = (IXmlLineInfo)reader;
        var publications = new List<AminerPublication>();
        string? fullName = null;
        try
        {
            if (reader.MoveToContent() != XmlNodeType.Element || reader.Name != "person")
                throw new GoldFormatException(file, info.LineNumber, info.LinePosition, $"expected <person>, found <{reader.Name}>");
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    reader.Read();
                    continue;
                }

                var line = info.LineNumber;
                if (reader.Name == "FullName") fullName = reader.ReadElementContentAsString().Trim();
                else if (reader.Name == "publication") Add(file, line, (XElement)XNode.ReadFrom(reader), publications, quarantine);
                else reader.Skip();
            }
        }
        catch (XmlException e)
        {
            throw new GoldFormatException(file, e.LineNumber, e.LinePosition, "not well-formed XML even after entity repair: " + e.Message, e);
        }

        if (string.IsNullOrEmpty(fullName)) throw new GoldFormatException(file, "no <FullName> in <person>");
        return (fullName, publications, repairs);
    }

    private static void Add(string file, int line, XElement element, List<AminerPublication> publications, List<string> quarantine)
    {
        var id = Field(element, "id");
        var label = Field(element, "label");
        if (id is null || label is null)
        {
            quarantine.Add($"{Path.GetFileName(file)}:{line}: publication without {(id is null ? "<id>" : "<label>")}: not read");
            return;
        }

        var authors = (Field(element, "authors") ?? "")
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var year = int.TryParse(Field(element, "year"), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : (int?)null;
        publications.Add(new AminerPublication(
            id, label, Field(element, "title"), year, authors, Field(element, "jconf"), Field(element, "organization"), line));
    }

    /// <summary>The trimmed text of a child element; null when absent, empty or the string "null" (how the files say unknown).</summary>
    private static string? Field(XElement element, string name)
    {
        var value = element.Element(name)?.Value.Trim();
        return string.IsNullOrEmpty(value) || value == "null" ? null : value;
    }
}
