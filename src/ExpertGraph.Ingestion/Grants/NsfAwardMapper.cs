using System.Globalization;
using System.Xml.Linq;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Grants;

/// <summary>
/// Turns one NSF &lt;Award&gt; into a project <see cref="Work"/>: investigators in file order (former ones too: they
/// worked on the award), the awardee institution as their affiliation and as the project's host, NSF programs,
/// program references, directorate and division as classifications, the award instrument as venue. The program
/// officer manages the award and is not an investigator.
/// </summary>
internal static class NsfAwardMapper
{
    public const string ProgramScheme = "NSF-Program";
    public const string ProgramReferenceScheme = "NSF-ProgramReference";
    public const string DirectorateScheme = "NSF-Directorate";
    public const string DivisionScheme = "NSF-Division";
    public const string OrganizationScheme = "NSF-Organization";

    private const string DateFormat = "MM/dd/yyyy";

    public static ReadResult Map(XElement award, RecordPosition position)
    {
        var awardId = Text(award, "AwardID");
        if (awardId is null) return Reject("missing AwardID: nothing else identifies an NSF award");

        var title = Text(award, "AwardTitle");
        if (title is null) return Reject($"award {awardId}: missing AwardTitle");

        var effective = Text(award, "AwardEffectiveDate");
        int? year = null;
        if (effective is not null)
        {
            if (!DateOnly.TryParseExact(effective, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return Reject($"award {awardId}: AwardEffectiveDate '{effective}' is not {DateFormat}");
            year = date.Year;
        }

        var amountText = Text(award, "AwardAmount");
        FundingAmount? funding = null;
        if (amountText is not null)
        {
            if (!decimal.TryParse(amountText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
                return Reject($"award {awardId}: AwardAmount '{amountText}' is not a number");
            funding = new FundingAmount(amount, "USD");
        }

        var institution = Institution(award.Element("Institution"));
        return ReadResult.Ok(new Work(new SourceKey("nsf", awardId), WorkKind.Project, title)
        {
            Abstract = Text(award, "AbstractNarration"),
            Year = year,
            Venue = Text(award.Element("AwardInstrument"), "Value"),
            Language = "en",
            Funding = funding,
            Identifiers = [new WorkIdentifier(IdentifierScheme.AwardId, awardId)],
            Classifications = Classifications(award),
            Authors = Investigators(award, institution),
            Organizations = institution is null ? [] : [institution],
        }, position);

        ReadResult Reject(string reason) => ReadResult.Rejected(position, reason, award.ToString());
    }

    private static AuthorMention[] Investigators(XElement award, AffiliationMention? institution)
    {
        AffiliationMention[] affiliations = institution is null ? [] : [institution];
        var investigators = new List<AuthorMention>();
        foreach (var investigator in award.Elements("Investigator"))
        {
            var given = Text(investigator, "FirstName") ?? string.Empty;
            var family = Text(investigator, "LastName") ?? string.Empty;
            var rawName = (given + " " + family).Trim();
            if (rawName.Length == 0) continue;
            investigators.Add(new AuthorMention(rawName, investigators.Count)
            {
                Name = new PersonName(family, given, NameScript.Latin),
                Role = Role(Text(investigator, "RoleCode")),
                Email = Text(investigator, "EmailAddress"),
                Affiliations = affiliations,
            });
        }

        return [.. investigators];
    }

    /// <summary>"Principal Investigator" and "Former Principal Investigator" lead; co-PIs, former or not, and any other role do not.</summary>
    private static AuthorRole Role(string? roleCode) =>
        roleCode is not null
        && roleCode.EndsWith("Principal Investigator", StringComparison.OrdinalIgnoreCase)
        && !roleCode.Contains("Co-Principal", StringComparison.OrdinalIgnoreCase)
            ? AuthorRole.PrincipalInvestigator
            : AuthorRole.CoInvestigator;

    /// <summary>The awardee institution as one affiliation: "Name, City, State Zip, Country" of the parts present.</summary>
    private static AffiliationMention? Institution(XElement? institution)
    {
        var name = Text(institution, "Name");
        if (name is null) return null;
        var city = Text(institution, "CityName");
        var stateAndZip = string.Join(' ', new[] { Text(institution, "StateCode"), Text(institution, "ZipCode") }.OfType<string>());
        var country = Text(institution, "CountryName");
        var raw = string.Join(", ", new[] { name, city, stateAndZip.Length > 0 ? stateAndZip : null, country }.OfType<string>());
        return new AffiliationMention(raw)
        {
            Organization = name,
            City = city,
            CountryCode = StatedCountry.Code(country),
        };
    }

    private static ClassificationCode[] Classifications(XElement award)
    {
        var codes = new List<ClassificationCode>();
        foreach (var program in award.Elements("ProgramElement")) AddCoded(codes, ProgramScheme, program);
        foreach (var reference in award.Elements("ProgramReference")) AddCoded(codes, ProgramReferenceScheme, reference);
        foreach (var organization in award.Elements("Organization"))
        {
            if (Text(organization, "Code") is { } code) codes.Add(new ClassificationCode(OrganizationScheme, code));
            AddNamed(codes, DirectorateScheme, organization.Element("Directorate"));
            AddNamed(codes, DivisionScheme, organization.Element("Division"));
        }

        return [.. codes.Distinct()];
    }

    /// <summary>A program element or reference: &lt;Code&gt; with its &lt;Text&gt; as label.</summary>
    private static void AddCoded(List<ClassificationCode> codes, string scheme, XElement element)
    {
        if (Text(element, "Code") is { } code) codes.Add(new ClassificationCode(scheme, code, Text(element, "Text")));
    }

    /// <summary>A directorate or division: its abbreviation when the file gives one, else its long name, as code.</summary>
    private static void AddNamed(List<ClassificationCode> codes, string scheme, XElement? element)
    {
        var longName = Text(element, "LongName");
        if ((Text(element, "Abbreviation") ?? longName) is { } code) codes.Add(new ClassificationCode(scheme, code, longName));
    }

    /// <summary>The trimmed text of a child element (inline markup's text included), or null when absent or empty.</summary>
    private static string? Text(XElement? parent, string name)
    {
        var value = parent?.Element(name)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
