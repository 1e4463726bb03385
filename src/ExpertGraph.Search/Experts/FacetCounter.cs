using ExpertGraph.Core.Model;
using ExpertGraph.Search.Careers;
using ExpertGraph.Search.Indexing;

namespace ExpertGraph.Search.Experts;

/// <summary>Counts the experts a search keeps by country, current institution, stage and matching kinds.</summary>
internal sealed class FacetCounter
{
    private readonly Dictionary<string, int> _countries = new(StringComparer.Ordinal);
    private readonly Dictionary<long, (string Name, int Count)> _institutions = [];
    private readonly int[] _stages = new int[Enum.GetValues<CareerStage>().Length];
    private readonly int[] _kinds = new int[4];
    private int _experts;

    /// <param name="kinds">The kinds of the expert's matching works, one bit per <see cref="WorkKind"/>.</param>
    public void Add(CareerGlance? glance, int kinds)
    {
        _experts++;
        for (var kind = 0; kind < _kinds.Length; kind++)
            if ((kinds & (1 << kind)) != 0) _kinds[kind]++;
        if (glance is not { } career) return;
        _stages[(int)career.Stage]++;
        if (career.CountryCode is { } country) _countries[country] = _countries.GetValueOrDefault(country) + 1;
        if (career.InstitutionId is { } institution)
            _institutions[institution] = (career.InstitutionName!, _institutions.GetValueOrDefault(institution).Count + 1);
    }

    public ExpertFacets Result() => new(
        _experts,
        [.. _countries.Select(c => new FacetCount(c.Key, c.Key, c.Value)).OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)],
        [.. _institutions.OrderByDescending(i => i.Value.Count).ThenBy(i => i.Key).Take(ExpertFacets.InstitutionsShown)
            .Select(i => new FacetCount(i.Value.Name, i.Value.Name, i.Value.Count))],
        [.. Enum.GetValues<CareerStage>().Where(s => _stages[(int)s] > 0).OrderByDescending(s => _stages[(int)s]).ThenByDescending(s => s)
            .Select(s => new FacetCount(CareerStages.Name(s), CareerStages.Label(s), _stages[(int)s]))],
        [.. Enum.GetValues<WorkKind>().Where(k => _kinds[(int)k] > 0).OrderByDescending(k => _kinds[(int)k]).ThenBy(k => k)
            .Select(k => new FacetCount(LuceneIndexWriter.KindName(k), LuceneIndexWriter.KindName(k), _kinds[(int)k]))]);
}
