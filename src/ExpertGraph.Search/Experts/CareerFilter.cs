using ExpertGraph.Search.Careers;

namespace ExpertGraph.Search.Experts;

/// <summary>
/// A query's person filters, applied to a candidate's career at the query's date (docs/filters.md): first what a glance
/// answers, then, only for a filter on the institution history or country ties, the whole career.
/// </summary>
internal sealed class CareerFilter(ExpertQuery query, PersonFacts facts, int referenceYear)
{
    private readonly IReadOnlySet<long>? _institutions = query.Institution is { } name ? facts.InstitutionsNamed(name) : null;
    private readonly bool _any = query.FiltersCareers || query.CountryCode is not null;
    private readonly bool _needsHistory = query.TiesTo is not null || (query.Institution is not null && query.InstitutionScope != InstitutionScope.Current);

    /// <summary>
    /// Whether every filter keeps the candidate; the whole career when a filter needed it (else null), and with a ties
    /// filter, the tie that kept them.
    /// </summary>
    public bool Keeps(CareerGlance? glance, out PersonCareer? career, out CountryTie? tie)
    {
        career = null;
        tie = null;
        // A candidate the facts do not know (built from an older state of the store) passes only when nothing is asked.
        if (glance is not { } g) return !_any;
        if (query.CountryCode is { } country && !string.Equals(g.CountryCode, country, StringComparison.OrdinalIgnoreCase)) return false;
        if (query.CareerAge is { } careerAge && !(g.CareerAge is { } years && careerAge.Contains(years))) return false;
        if (query.ApproximateAge is { } ageRange && !(g.ApproximateAge is { } age && ageRange.Contains(age))) return false;
        if (query.Stages.Count > 0 && !query.Stages.Contains(g.Stage)) return false;
        if (query.ActiveSince is { } since && !(g.LastYear >= since)) return false;
        if (query.HasPatents && g.Patents == 0) return false;
        if (query.HasGrants && g.Projects == 0) return false;
        if (_institutions is { } wanted && query.InstitutionScope == InstitutionScope.Current && !(g.InstitutionId is { } current && wanted.Contains(current)))
            return false;
        if (!_needsHistory) return true;

        career = facts.Career(g.Person, referenceYear, query.AsOfYear)!;
        if (_institutions is { } named && query.InstitutionScope != InstitutionScope.Current && !InHistory(career, named)) return false;
        return query.TiesTo is not { } tiedTo || (tie = facts.TieTo(career, tiedTo, query.AsOfYear)) is not null;
    }

    /// <summary>Past: an institution before the current one; any: any on the record.</summary>
    private bool InHistory(PersonCareer career, IReadOnlySet<long> wanted) =>
        career.Affiliations.Any(a => wanted.Contains(a.InstitutionId) && (query.InstitutionScope == InstitutionScope.Any || a.InstitutionId != career.Current?.InstitutionId));
}
