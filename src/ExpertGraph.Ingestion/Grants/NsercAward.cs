using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;

namespace ExpertGraph.Ingestion.Grants;

/// <summary>
/// One NSERC award as a link table knows it: its co-applicants or its partner organizations, gathered from every row
/// that names its id. Each layout is its own project work, keyed "&lt;id&gt;/co-applicants" or "&lt;id&gt;/partners":
/// the store replaces a work by key, so one key for both would let the second file erase what the first brought, and
/// the bare id stays free for the award itself. The tables carry no title: the work is named after the award.
/// </summary>
internal sealed class NsercAward(string awardId, NsercLayout layout, int? fiscalYear)
{
    private readonly List<AuthorMention> _coApplicants = [];
    private readonly List<AffiliationMention> _partners = [];

    public string AwardId => awardId;

    /// <summary>A co-applicant, "Family, Given" as NSERC writes names; a name without a comma is left for the normalizer to split.</summary>
    public void AddCoApplicant(string rawName, AffiliationMention? affiliation)
    {
        var comma = rawName.IndexOf(',', StringComparison.Ordinal);
        _coApplicants.Add(new AuthorMention(rawName, _coApplicants.Count)
        {
            Name = comma < 0 ? null : new PersonName(rawName[..comma].Trim(), rawName[(comma + 1)..].Trim(), NameScript.Latin),
            Role = AuthorRole.CoInvestigator,
            Affiliations = affiliation is null ? [] : [affiliation],
        });
    }

    public void AddPartner(AffiliationMention partner) => _partners.Add(partner);

    public Work ToWork()
    {
        var (suffix, what) = layout == NsercLayout.CoApplicants ? ("co-applicants", "co-applicants") : ("partners", "partner organizations");
        return new Work(new SourceKey("nserc", $"{awardId}/{suffix}"), WorkKind.Project, $"NSERC award {awardId} ({what})")
        {
            Year = fiscalYear,
            Identifiers = [new WorkIdentifier(IdentifierScheme.AwardId, awardId)],
            Authors = [.. _coApplicants],
            Organizations = [.. _partners],
        };
    }
}
