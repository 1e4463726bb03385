using System.Globalization;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;

namespace ExpertGraph.Ingestion.Patents;

/// <summary>
/// Collects what a schema mapper finds in one patent document and builds the <see cref="Work"/>. The key is
/// (<see cref="Source"/>, country + publication number + kind code), the number spelled as in the document. USPTO:
/// ("uspto", "US07057742B2"), grants eight characters, zero-padded ("USD0656296S1"), applications eleven digits
/// ("US20220240350A1"). EPO: ("epo", "EP1605745A1"), seven digits (<see cref="NumberWidth"/>). The kind is kept because
/// an application's republication (A2, A9) and a grant (B1, B2) reuse the application's number.
/// </summary>
internal sealed class PatentWorkBuilder
{
    private readonly List<ClassificationCode> _classifications = [];
    private readonly HashSet<(string, string)> _classificationKeys = [];
    private readonly List<AuthorMention> _inventors = [];
    private readonly HashSet<(string, string?)> _inventorKeys = [];
    private readonly List<AffiliationMention> _organizations = [];
    private readonly HashSet<string> _organizationKeys = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The source of the work's key: "uspto", "epo".</summary>
    public string Source { get; init; } = "uspto";
    /// <summary>How wide an all-digit publication number is; a shorter one lost its zero padding (USPTO 8, EPO 7).</summary>
    public int NumberWidth { get; init; } = 8;
    /// <summary>The same for application numbers (eight digits at both offices, the EPO's check digit left out).</summary>
    public int ApplicationNumberWidth { get; init; } = 8;
    /// <summary>The language of <see cref="Title"/> and <see cref="Abstract"/>.</summary>
    public string? Language { get; set; } = "en";
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
        var number = Normalize(PublicationNumber, NumberWidth);
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
        if (Normalize(ApplicationNumber, ApplicationNumberWidth) is { } application)
            identifiers.Add(new WorkIdentifier(IdentifierScheme.ApplicationNumber, Country + application));

        return new Work(new SourceKey(Source, publication), WorkKind.Patent, Title)
        {
            Abstract = Abstract,
            Year = YearOf(PublicationDate),
            Language = Language,
            Identifiers = identifiers,
            Classifications = [.. _classifications],
            Authors = [.. _inventors],
            Organizations = [.. _organizations],
        };
    }

    private static string? Normalize(string? number, int width)
    {
        if (PatentText.Collapse(number) is not { } text) return null;
        var compact = string.Concat(text.Where(char.IsAsciiLetterOrDigit)).ToUpperInvariant();
        if (compact.Length == 0) return null;

        // Publication numbers have one width in every schema of an office; a shorter all-digit number lost its zero padding.
        return compact.Length < width && compact.All(char.IsAsciiDigit) ? compact.PadLeft(width, '0') : compact;
    }

    private static int? YearOf(string? date) =>
        date is { Length: >= 4 } && int.TryParse(date.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
        && year is >= 1790 and <= 2200
            ? year
            : null;
}
