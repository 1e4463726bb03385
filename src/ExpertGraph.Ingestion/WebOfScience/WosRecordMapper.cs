using ExpertGraph.Ingestion.Normalization;
using System.Globalization;
using System.Text.RegularExpressions;
using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Papers;

namespace ExpertGraph.Ingestion.WebOfScience;

/// <summary>
/// Turns one Web of Science record (either export format) into a <see cref="Work"/> keyed ("wos", UT), or says why it
/// cannot. Fields: TI title, AB abstract, PY year (else the early-access year of EA), SO venue, LA language, DE author
/// keywords then ID Keywords Plus, WC categories ("WoS") and SC research areas ("WoSResearchArea"), FU funders
/// ("Funder", the grant numbers as label), TC citation count, DI DOI, PM PMID, PT P a patent (every other type a paper),
/// authors by <see cref="WosAuthors"/>. Not mapped: DT (the model has no document type), CR cited references, Z9 (the
/// count over all databases; TC is the Core Collection's), FX (acknowledgement prose; FU holds its funders).
/// </summary>
internal static partial class WosRecordMapper
{
    public const string Source = "wos";

    /// <summary>The work, or null with <paramref name="reason"/> set.</summary>
    public static Work? Map(WosRecord record, out string? reason)
    {
        reason = null;
        if (AccessionNumber(record.Text("UT")) is not { } key)
        {
            reason = record.Text("UT") is { } ut ? $"UT '{ut}' is not a Web of Science accession number" : "no UT (accession number), the record's key";
            return null;
        }

        if (record.Text("TI") is not { } title)
        {
            reason = "no TI (title)";
            return null;
        }

        var year = Number(record, "PY", out reason);
        if (reason is not null) return null;
        var citations = Number(record, "TC", out reason);
        if (reason is not null) return null;
        if (year is null && record.Text("EA") is { } earlyAccess && FourDigitYear().Match(earlyAccess) is { Success: true } match)
            year = int.Parse(match.Value, CultureInfo.InvariantCulture);

        var addresses = WosAddresses.Parse(record, out reason);
        if (reason is not null) return null;
        var (authors, organizations) = WosAuthors.Map(record, addresses);

        return new Work(new SourceKey(Source, key), record.Text("PT") == "P" ? WorkKind.Patent : WorkKind.Paper, title)
        {
            Abstract = record.Text("AB"),
            Keywords = Keywords(record),
            Year = year,
            Venue = record.Text("SO"),
            Language = LanguageCodes.ToIso6391(record.Items("LA").Select(item => item.Text).FirstOrDefault()),
            Identifiers = Identifiers(record),
            Classifications = Classifications(record),
            CitationCount = citations,
            Authors = authors,
            Organizations = organizations,
        };
    }

    /// <summary>"WOS:000317623000007" as it is; "ISI:…" (older exports) and a bare 15-character number as "WOS:…"; other databases' ids ("MEDLINE:23460466") as they are.</summary>
    internal static string? AccessionNumber(string? ut)
    {
        if (ut is null) return null;
        ut = ut.Trim();
        if (ut.StartsWith("ISI:", StringComparison.OrdinalIgnoreCase)) ut = "WOS:" + ut[4..];
        if (BareAccessionNumber().IsMatch(ut)) ut = "WOS:" + ut;
        return AccessionNumberShape().IsMatch(ut) ? ut : null;
    }

    private static int? Number(WosRecord record, string tag, out string? reason)
    {
        reason = null;
        if (record.Text(tag) is not { } text) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return value;
        reason = $"{tag} '{text}' is not a number";
        return null;
    }

    private static List<string> Keywords(WosRecord record)
    {
        var keywords = new List<string>();
        foreach (var (keyword, _) in record.Items("DE").Concat(record.Items("ID")))
            if (!keywords.Contains(keyword, StringComparer.OrdinalIgnoreCase)) keywords.Add(keyword);
        return keywords;
    }

    private static List<WorkIdentifier> Identifiers(WosRecord record)
    {
        var identifiers = new List<WorkIdentifier>();
        if (ScholarlyIds.Doi(record.Text("DI")) is { } doi) identifiers.Add(new(IdentifierScheme.Doi, doi));
        if (ScholarlyIds.Pmid(record.Text("PM")) is { } pmid) identifiers.Add(new(IdentifierScheme.Pmid, pmid));
        return identifiers;
    }

    private static List<ClassificationCode> Classifications(WosRecord record)
    {
        var codes = new List<ClassificationCode>();
        foreach (var (category, _) in record.Items("WC")) Add(codes, new ClassificationCode("WoS", category));
        foreach (var (area, _) in record.Items("SC")) Add(codes, new ClassificationCode("WoSResearchArea", area));
        foreach (var (funding, _) in record.Items("FU"))
        {
            // "National Natural Science Foundation of China [62071194, 62471194]": the funder, its grant numbers as label.
            var bracket = funding.IndexOf('[', StringComparison.Ordinal);
            var funder = (bracket < 0 ? funding : funding[..bracket]).Trim();
            var grants = bracket < 0 ? null : funding[(bracket + 1)..].TrimEnd(']').Trim();
            if (funder.Length > 0) Add(codes, new ClassificationCode("Funder", funder, string.IsNullOrEmpty(grants) ? null : grants));
        }

        return codes;
    }

    private static void Add(List<ClassificationCode> codes, ClassificationCode code)
    {
        var same = codes.FindIndex(c => c.Scheme == code.Scheme && c.Code == code.Code);
        if (same < 0) codes.Add(code);
        else if (code.Label is not null) codes[same] = codes[same] with { Label = codes[same].Label is { } label ? label + ", " + code.Label : code.Label };
    }

    [GeneratedRegex(@"^[A-Z][A-Z0-9]*:[A-Za-z0-9._\-]+$")]
    private static partial Regex AccessionNumberShape();

    [GeneratedRegex(@"^[A-Z0-9]{15}$")]
    private static partial Regex BareAccessionNumber();

    [GeneratedRegex(@"\b(?:19|20)\d\d\b")]
    private static partial Regex FourDigitYear();
}
