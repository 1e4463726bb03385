using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Ingestion.Grants;

/// <summary>Turns one NSFC CSV row into a project <see cref="Work"/>, or says why it cannot.</summary>
internal static partial class NsfcRecordMapper
{
    private const decimal YuanPerWanYuan = 10_000m;

    /// <summary>Returns the work, or null with <paramref name="reason"/> set.</summary>
    public static Work? Map(IReadOnlyList<string> fields, NsfcColumns columns, out string? reason)
    {
        reason = null;
        var awardNumber = Clean(fields[columns.ApproveText]);
        if (awardNumber.Length == 0)
        {
            reason = "missing approveText (grant number)";
            return null;
        }

        // The scraper numbered the hits of each result page: "1.微生物修复…".
        var title = ListNumberPrefix().Replace(Clean(fields[columns.Title]), string.Empty, 1);
        if (title.Length == 0)
        {
            reason = "missing title";
            return null;
        }

        var yearText = Clean(fields[columns.ApproveYear]);
        int? year = null;
        if (yearText.Length > 0)
        {
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsedYear))
            {
                reason = $"invalid approveYear '{yearText}'";
                return null;
            }

            year = parsedYear;
        }

        var moneyText = Clean(fields[columns.Money]);
        FundingAmount? funding = null;
        if (moneyText.Length > 0)
        {
            if (!TryParseWanYuan(moneyText, out var amount))
            {
                reason = $"invalid money '{moneyText}'";
                return null;
            }

            funding = new FundingAmount(amount * YuanPerWanYuan, "CNY");
        }

        var venue = Clean(fields[columns.FundTypeText]);
        if (venue.Length == 0 && columns.SearchFund >= 0) venue = Clean(fields[columns.SearchFund]);
        var code = Clean(fields[columns.CodeText]);

        return new Work(new SourceKey("nsfc", awardNumber), WorkKind.Project, title)
        {
            Year = year,
            Venue = venue.Length > 0 ? venue : null,
            Language = "zh",
            Funding = funding,
            Keywords = SplitKeywords(fields[columns.Keywords]),
            Identifiers = [new WorkIdentifier(IdentifierScheme.AwardId, awardNumber)],
            Classifications = code.Length > 0 ? [new ClassificationCode("NSFC", code)] : [],
            Authors = PrincipalInvestigator(Clean(fields[columns.PersonText]), Clean(fields[columns.Organization])),
        };
    }

    private static AuthorMention[] PrincipalInvestigator(string person, string organization)
    {
        if (person.Length == 0) return [];
        AffiliationMention[] affiliations = organization.Length == 0
            ? []
            : [new AffiliationMention(organization) { Organization = organization, CountryCode = "CN" }];
        return [new AuthorMention(person, 0) { Role = AuthorRole.PrincipalInvestigator, Affiliations = affiliations }];
    }

    /// <summary>Amounts are in 万元, written "62.0" or, in the keyword-search export, "65.0（万元）".</summary>
    private static bool TryParseWanYuan(string text, out decimal amount)
    {
        var number = WanYuanUnit().Replace(text, string.Empty).Trim();
        return decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);
    }

    /// <summary>Keywords are separated by "；" (doubled in the keyword-search export) or ";".</summary>
    private static string[] SplitKeywords(string raw) =>
        raw.Split(['；', ';'], StringSplitOptions.RemoveEmptyEntries)
            .Select(Clean)
            .Where(keyword => keyword.Length > 0)
            .ToArray();

    /// <summary>Decodes entities, trims, and collapses inner whitespace (ideographic spaces included) to one space.</summary>
    internal static string Clean(string raw)
    {
        var decoded = raw.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(raw) : raw;
        var text = new StringBuilder(decoded.Length);
        var pendingSpace = false;
        foreach (var c in decoded)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = text.Length > 0;
                continue;
            }

            if (pendingSpace) text.Append(' ');
            pendingSpace = false;
            text.Append(c);
        }

        return text.ToString();
    }

    [GeneratedRegex(@"^\d+\.\s*")]
    private static partial Regex ListNumberPrefix();

    [GeneratedRegex(@"[（(]?\s*万元\s*[)）]?$")]
    private static partial Regex WanYuanUnit();
}
