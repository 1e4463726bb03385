using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ExpertGraph.Ingestion.Patents;

/// <summary>
/// Splits the one name element (snm) the EPO gives an inventor. The rule is "FAMILY, Given", but the field carries
/// more than a name in real documents (expected values read off the EP files of 1978–2023):
/// academic titles ("Schmidt, Thomas, Dr.", "Bibelhausen, Volker, Dipl.-Ing."), further given names or initials as
/// their own comma parts ("MOSS, Michael, Alan, John", "POTREBIC, Peter, J."), and the employer, with or without
/// "c/o" ("KOUNO, Kazunori, c/o Matsushita Elec. Industrial Co., Ltd.", "OHFUCHI, Yoshitaka c/o KABUSHIKI KAISHA
/// YASKAWA DENKI", "MATSUI, Toru, Japan Cash Machine Co., Ltd", "KUMADA, Yoshio Taiho Kogyo Co., Ltd." beside the
/// proprietor TAIHO KOGYO CO., LTD.). Titles are dropped; the employer becomes the inventor's organization. A name
/// without a comma ("KAMITANI Hirotaka", the 2020s form for Japanese inventors) is left whole, for the name parser.
/// </summary>
internal static partial class EpoPartyName
{
    // Words that make up academic and professional titles, compared without their dots: Dr., Prof., Dipl.-Ing.,
    // Dr. rer. nat., Ing., Mag., Ir., and the suffixes a given name does not take.
    private static readonly FrozenSet<string> TitleWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "dr", "prof", "dipl", "ing", "rer", "nat", "med", "techn", "habil", "mag", "phys", "chem", "inform", "biol",
        "pharm", "vet", "phil", "oec", "ir", "drs", "dott", "phd", "jr", "sr");

    // Legal forms: a comma part holding one is the employer, not more of the name.
    private static readonly FrozenSet<string> LegalForms = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "co", "ltd", "inc", "corp", "corporation", "company", "limited", "gmbh", "ag", "kg", "sa", "s.a", "sas", "sarl",
        "spa", "s.p.a", "srl", "s.r.l", "bv", "b.v", "nv", "n.v", "plc", "llc", "ab", "oy", "a/s", "kk", "kabushiki",
        "kaisha", "gesellschaft", "industries", "industrial");

    /// <summary>
    /// The family and given names and the employer in <paramref name="snm"/>. Family is null when the text has no
    /// comma (the whole name is then in Given); Organization is null when no employer is written in it.
    /// <paramref name="organizations"/> are the document's applicants and proprietors, recognized at the end of a name.
    /// </summary>
    public static (string? Family, string? Given, string? Organization) Inventor(string? snm, IReadOnlyCollection<string> organizations)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        var text = PatentText.Collapse(snm);
        if (text is null) return (null, null, null);

        string? organization = null;
        if (CareOf().Match(text) is { Success: true } careOf)
        {
            organization = Trim(text[(careOf.Index + careOf.Length)..]);
            text = Trim(text[..careOf.Index]) ?? "";
        }

        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0) return (null, Trim(text), organization);

        var family = Trim(text[..comma]);
        var rest = text[(comma + 1)..];
        if (organization is null && KnownOrganizationAtEnd(rest, organizations) is { } known)
        {
            organization = Trim(rest[known..]);
            rest = rest[..known];
        }

        var given = new List<string>();
        var parts = rest.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (IsTitle(part)) continue;
            var startsEmployer = HasLegalForm(part)
                                 || (i > 0 && part.Contains(' ', StringComparison.Ordinal))
                                 || organizations.Contains(string.Join(", ", parts[i..]), StringComparer.OrdinalIgnoreCase);
            if (given.Count > 0 && startsEmployer)
            {
                organization ??= string.Join(", ", parts[i..]);
                break;
            }

            given.Add(part);
        }

        if (family is null) return (null, given.Count == 0 ? null : string.Join(' ', given), organization);
        return (family, string.Join(' ', given), organization);
    }

    // Where in the text after the family name one of the document's organizations begins, when the text ends with it
    // ("Yoshio Taiho Kogyo Co., Ltd." and "TAIHO KOGYO CO., LTD."), and a name is left before it.
    private static int? KnownOrganizationAtEnd(string rest, IReadOnlyCollection<string> organizations)
    {
        var trimmed = rest.TrimEnd(' ', ',');
        foreach (var organization in organizations)
        {
            if (organization.Length == 0 || !trimmed.EndsWith(organization, StringComparison.OrdinalIgnoreCase)) continue;
            var start = trimmed.Length - organization.Length;
            if (start > 0 && rest[start - 1] is ' ' or ',' && rest[..start].Trim(' ', ',').Length > 0) return start;
        }

        return null;
    }

    private static bool IsTitle(string part) =>
        part.Split([' ', '-', '.'], StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words
        && words.All(TitleWords.Contains);

    private static bool HasLegalForm(string part) =>
        part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(word => LegalForms.Contains(word.TrimEnd('.')));

    private static string? Trim(string text)
    {
        var trimmed = text.Trim(' ', ',', ';');
        return trimmed.Length == 0 ? null : trimmed;
    }

    [GeneratedRegex(@"(?:^|[\s,])c/o(?:\s+|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CareOf();
}
