using ExpertGraph.Search.Careers;

namespace ExpertGraph.Search.Experts;

/// <summary>A query's person filters, applied to a candidate's career at the query's date (docs/filters.md).</summary>
internal sealed class CareerFilter(ExpertQuery query, PersonFacts facts)
{
    private readonly IReadOnlySet<long>? _institutions = query.Institution is { } name ? facts.InstitutionsNamed(name) : null;
    private readonly bool _any = query.FiltersCareers || query.CountryCode is not null;

    /// <summary>Whether every filter keeps the candidate; with a ties filter, the tie that kept them.</summary>
    public bool Keeps(PersonCareer? career, out CountryTie? tie)
    {
        tie = null;
        // A candidate the facts do not know (built from an older state of the store) passes only when nothing is asked.
        if (career is null) return !_any;
        if (query.CountryCode is { } country && !string.Equals(career.CountryCode, country, StringComparison.OrdinalIgnoreCase)) return false;
        if (_institutions is { } wanted && !AtInstitution(career, wanted)) return false;
        if (query.CareerAge is { } careerAge && !(career.CareerAge is { } years && careerAge.Contains(years))) return false;
        if (query.ApproximateAge is { } ageRange && !(career.ApproximateAge is { } age && ageRange.Contains(age))) return false;
        if (query.Stages.Count > 0 && !query.Stages.Contains(career.Stage)) return false;
        if (query.ActiveSince is { } since && !(career.LastYear >= since)) return false;
        if (query.HasPatents && career.Patents == 0) return false;
        if (query.HasGrants && career.Projects == 0) return false;
        if (query.TiesTo is { } tiedTo && (tie = facts.TieTo(career, tiedTo, query.AsOfYear)) is null) return false;
        return true;
    }

    private bool AtInstitution(PersonCareer career, IReadOnlySet<long> wanted) => query.InstitutionScope switch
    {
        InstitutionScope.Current => career.Current is { } current && wanted.Contains(current.InstitutionId),
        InstitutionScope.Past => career.Affiliations.Skip(1).Any(a => wanted.Contains(a.InstitutionId)),
        _ => career.Affiliations.Any(a => wanted.Contains(a.InstitutionId)),
    };
}
