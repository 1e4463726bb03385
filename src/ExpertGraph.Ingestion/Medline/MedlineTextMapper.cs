using ExpertGraph.Ingestion.Normalization;
using System.Globalization;
using System.Text.RegularExpressions;
using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Papers;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Medline;

/// <summary>Maps the fields of one MEDLINE text record to a work keyed by its PMID, as the XML of the same citation is.</summary>
internal static partial class MedlineTextMapper
{
    public static ReadResult Map(IReadOnlyList<MedlineTextField> fields, RecordPosition position, string rawText)
    {
        var pmid = First(fields, "PMID");
        if (pmid is null || !pmid.All(char.IsAsciiDigit)) return ReadResult.Rejected(position, pmid is null ? "missing PMID" : $"PMID \"{pmid}\" is not a number", rawText);
        var title = MedlineTitle.Clean(First(fields, "TI")) ?? MedlineTitle.Clean(First(fields, "TT"));
        if (title is null) return ReadResult.Rejected(position, $"PMID {pmid}: missing TI", rawText);

        var work = new Work(new SourceKey("pubmed", pmid), WorkKind.Paper, title)
        {
            Abstract = First(fields, "AB"),
            Keywords = [.. All(fields, "OT").Distinct(StringComparer.Ordinal)],
            Year = First(fields, "DP") is { } date && Year().Match(date) is { Success: true } year
                ? int.Parse(year.Value, NumberStyles.None, CultureInfo.InvariantCulture)
                : null,
            Venue = First(fields, "JT") ?? First(fields, "TA"),
            Language = LanguageCodes.ToIso6391(First(fields, "LA")),
            Identifiers = Identifiers(fields, pmid),
            Classifications = [.. MeshHeadings(fields), .. Grants(fields)],
            Authors = MedlineTextAuthors.Read(fields),
        };
        return ReadResult.Ok(work, position);
    }

    private static List<WorkIdentifier> Identifiers(IReadOnlyList<MedlineTextField> fields, string pmid)
    {
        var identifiers = new List<WorkIdentifier> { new(IdentifierScheme.Pmid, pmid) };
        // "LID - 10.1016/j.gene.2015.10.064 [doi]", "AID - S0378-1119(15)01297-4 [pii]": the kind in brackets.
        var articleIds = All(fields, "LID").Concat(All(fields, "AID"))
            .Select(value => ArticleId().Match(value)).Where(m => m.Success)
            .Select(m => (Kind: m.Groups["kind"].Value, Id: m.Groups["id"].Value)).ToList();
        identifiers.AddRange(articleIds.Where(a => a.Kind == "doi").Select(a => ScholarlyIds.Doi(a.Id)).OfType<string>()
            .Distinct(StringComparer.Ordinal).Select(doi => new WorkIdentifier(IdentifierScheme.Doi, doi)));
        identifiers.AddRange(All(fields, "PMC").Concat(articleIds.Where(a => a.Kind == "pmc").Select(a => a.Id))
            .Select(ScholarlyIds.Pmcid).OfType<string>().Distinct(StringComparer.Ordinal).Select(pmc => new WorkIdentifier(IdentifierScheme.Pmcid, pmc)));
        return identifiers;
    }

    /// <summary>"MH  - Asthma/*drug therapy" → ("MeSH", "Asthma"): the text format gives headings by name, without their UI.</summary>
    private static IEnumerable<ClassificationCode> MeshHeadings(IReadOnlyList<MedlineTextField> fields) =>
        All(fields, "MH").Select(heading => heading.Split('/')[0].TrimStart('*').Trim()).Where(name => name.Length > 0)
            .Distinct(StringComparer.Ordinal).Select(name => new ClassificationCode("MeSH", name));

    /// <summary>
    /// "GR  - U10 HD041267/HD/NICHD NIH HHS/United States": number/acronym/agency/country, the acronym only for agencies
    /// of the US HHS; numbers of other agencies may hold slashes themselves ("MR/K006584/1/Medical Research Council/United Kingdom").
    /// </summary>
    private static IEnumerable<ClassificationCode> Grants(IReadOnlyList<MedlineTextField> fields)
    {
        foreach (var grant in All(fields, "GR"))
        {
            var parts = grant.Split('/');
            if (parts.Length < 3) continue;
            var agency = parts[^2];
            var numberParts = agency.Contains("HHS", StringComparison.Ordinal) && parts.Length >= 4 ? parts[..^3] : parts[..^2];
            if (GrantCode.Of(string.Join('/', numberParts), agency) is { } code) yield return code;
        }
    }

    public static string? First(IReadOnlyList<MedlineTextField> fields, string tag) => All(fields, tag).FirstOrDefault();

    public static IEnumerable<string> All(IReadOnlyList<MedlineTextField> fields, string tag) =>
        fields.Where(f => f.Tag == tag).Select(f => PaperText.CollapseWhitespace(f.Value)).OfType<string>();

    [GeneratedRegex(@"\b(?:1[5-9]|20)\d\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"^(?<id>\S.*?)\s*\[(?<kind>[a-z]+)\]$", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleId();
}
