using System.Xml;
using System.Xml.Linq;
using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Ingestion.Vocabularies;

/// <summary>
/// ACM Computing Classification System 2012 (acm-ccs-2012/, SKOS RDF/XML): every skos:Concept with its prefLabel,
/// altLabels (synonyms) and hiddenLabels (misspellings, lower weight), placed by skos:broader (several parents allowed).
/// A concept's depth is its shortest path from a top concept; top concepts hang under the OpenAlex field Computer
/// Science. Ids: ACM:10010147.
/// </summary>
internal static class AcmCcsReader
{
    public const string FileName = "ACMComputingClassificationSystemSKOSTaxonomy.xml";
    public const string ComputerScience = "OA:F17";

    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Skos = "http://www.w3.org/2004/02/skos/core#";

    public static IReadOnlyList<VocabularyNode> Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) throw new LexiconFormatException(path, 0, "the vocabulary file does not exist");
        // The file declares its namespaces as internal DTD entities; nothing is fetched from outside.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = null };
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(path, settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            throw new LexiconFormatException(path, ex.LineNumber, ex.Message);
        }

        var concepts = new SortedDictionary<string, (string Label, string[] Broader, List<VocabularyTerm> Terms)>(StringComparer.Ordinal);
        foreach (var element in document.Descendants(Skos + "Concept"))
        {
            var id = LocalId((string?)element.Attribute(Rdf + "about"), element, path);
            var label = element.Element(Skos + "prefLabel")?.Value.Trim();
            if (string.IsNullOrEmpty(label))
                throw new LexiconFormatException(path, ((IXmlLineInfo)element).LineNumber, $"concept {id} has no prefLabel");
            var terms = new List<VocabularyTerm> { new(label, TermLanguage.En, TermKind.Preferred, 1f, Translatable: true) };
            foreach (var alt in element.Elements(Skos + "altLabel").Select(e => e.Value.Trim()).Where(TsvRows.IsUsableTerm))
                terms.Add(new VocabularyTerm(alt, TermLanguage.En, TermKind.Synonym, 0.9f, Translatable: true));
            foreach (var hidden in element.Elements(Skos + "hiddenLabel").Select(e => e.Value.Trim()).Where(TsvRows.IsUsableTerm))
                terms.Add(new VocabularyTerm(hidden, TermLanguage.En, TermKind.Synonym, 0.5f));
            var broader = element.Elements(Skos + "broader")
                .Select(e => LocalId((string?)e.Attribute(Rdf + "resource"), e, path)).Distinct(StringComparer.Ordinal).ToArray();
            concepts.Add(id, (label, broader, terms));
        }

        var depth = Depths(concepts.ToDictionary(c => c.Key, c => c.Value.Broader, StringComparer.Ordinal), path);
        return [.. concepts.Select(c => new VocabularyNode(
            "ACM:" + c.Key,
            LexiconLevels.Acm(depth[c.Key]),
            c.Value.Broader.Length == 0 ? [ComputerScience] : [.. c.Value.Broader.Select(b => "ACM:" + b)],
            c.Value.Label,
            "",
            c.Value.Terms))];
    }

    /// <summary>Shortest distance from a top concept (depth 1), by relaxing broader links until nothing changes.</summary>
    private static Dictionary<string, int> Depths(Dictionary<string, string[]> broader, string path)
    {
        var depth = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (id, parents) in broader)
        {
            foreach (var parent in parents)
                if (!broader.ContainsKey(parent)) throw new LexiconFormatException(path, 0, $"concept {id} names broader {parent}, which is not a concept");
            if (parents.Length == 0) depth[id] = 1;
        }

        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var (id, parents) in broader)
            {
                var best = parents.Where(depth.ContainsKey).Select(p => depth[p] + 1).DefaultIfEmpty(int.MaxValue).Min();
                if (best < depth.GetValueOrDefault(id, int.MaxValue))
                {
                    depth[id] = best;
                    changed = true;
                }
            }
        }

        var unreachable = broader.Keys.FirstOrDefault(id => !depth.ContainsKey(id));
        return unreachable is null ? depth : throw new LexiconFormatException(path, 0, $"concept {unreachable} is not below any top concept");
    }

    private static string LocalId(string? reference, XElement element, string path) =>
        reference is { Length: > 1 } && reference[0] == '#'
            ? reference[1..]
            : throw new LexiconFormatException(path, ((IXmlLineInfo)element).LineNumber, $"expected a '#id' reference, found '{reference}'");
}
