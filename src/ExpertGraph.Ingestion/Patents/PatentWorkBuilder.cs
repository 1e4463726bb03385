using System.Globalization;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;

namespace ExpertGraph.Ingestion.Patents;

/// <summary>
/// Collects what a schema mapper finds in one USPTO document and builds the <see cref="Work"/>. The key is
/// ("uspto", "US" + publication number + kind code), the number spelled as in the document (grants eight characters,
/// zero-padded: "US07057742B2", "USD0656296S1"; applications eleven digits: "US20220240350A1"). The kind is kept
/// because an application's republication (A2, A9) reuses its number.
/// </summary>
internal sealed class PatentWorkBuilder
{
    private readonly List<ClassificationCode> _classifications = [];
    private readonly HashSet<(string, string)> _classificationKeys = [];
    private readonly List<AuthorMention> _inventors = [];
    private readonly HashSet<(string, string?)> _inventorKeys = [];
    private readonly List<AffiliationMention> _organizations = [];
    private readonly HashSet<string> _organizationKeys = new(StringComparer.OrdinalIgnoreCase);

    public string Country { get; set; } = "US";
    public string? PublicationNumber { get; set; }
    public string? KindCode { get; set; }
    /// <summary>Publication date as yyyyMMdd; for a grant, the grant date.</summary>
    public string? PublicationDate { get; set; }
    public string? ApplicationNumber { get; set; }
    public string? Title { get; set; }
    public string? Abstract { get; set; }

    public void AddClassification(string scheme, string? code)
    {
        if (code is null || !_classificationKeys.Add((scheme, code))) return;
        _classifications.Add(new ClassificationCode(scheme, code));
    }

    /// <summary>Adds an inventor in source order; an identical repeat (same name, same address) is dropped.</summary>
    public void AddInventor(string? family, string? given, AffiliationMention? residence)
    {
        var rawName = PatentText.Collapse($"{given} {family}");
        if (rawName is null || !_inventorKeys.Add((rawName, residence?.RawText))) return;
        _inventors.Add(new AuthorMention(rawName, _inventors.Count + 1)
        {
            Name = family is null ? null : new PersonName(family, given ?? "", NameScript.Latin),
            Role = AuthorRole.Inventor,
            Affiliations = residence is null ? [] : [residence],
        });
    }

    /// <summary>Adds an owning organization (assignee, corporate applicant) once, by name.</summary>
    public void AddOrganization(AffiliationMention? organization)
    {
        if (organization?.Organization is not { } name || !_organizationKeys.Add(name)) return;
        _organizations.Add(organization);
    }

    /// <summary>The work, or null with the reason the document cannot be one.</summary>
    public Work? Build(out string? failure)
    {
        failure = null;
        var number = Normalize(PublicationNumber);
        if (number is null)
        {
            failure = "missing publication number";
            return null;
        }

        if (Title is null)
        {
            failure = "missing title";
            return null;
        }

        var publication = Country + number + (KindCode?.Trim().ToUpperInvariant() ?? "");
        List<WorkIdentifier> identifiers = [new(IdentifierScheme.PatentNumber, publication)];
        if (Normalize(ApplicationNumber) is { } application)
            identifiers.Add(new WorkIdentifier(IdentifierScheme.ApplicationNumber, Country + application));

        return new Work(new SourceKey("uspto", publication), WorkKind.Patent, Title)
        {
            Abstract = Abstract,
            Year = YearOf(PublicationDate),
            Language = "en",
            Identifiers = identifiers,
            Classifications = [.. _classifications],
            Authors = [.. _inventors],
            Organizations = [.. _organizations],
        };
    }

    private static string? Normalize(string? number)
    {
        if (PatentText.Collapse(number) is not { } text) return null;
        var compact = string.Concat(text.Where(char.IsAsciiLetterOrDigit)).ToUpperInvariant();
        if (compact.Length == 0) return null;

        // Grant numbers are eight wide in every schema; a shorter all-digit number lost its zero padding.
        return compact.Length < 8 && compact.All(char.IsAsciiDigit) ? compact.PadLeft(8, '0') : compact;
    }

    private static int? YearOf(string? date) =>
        date is { Length: >= 4 } && int.TryParse(date.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
        && year is >= 1790 and <= 2200
            ? year
            : null;
}
