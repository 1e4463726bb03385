using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Search.Careers;

namespace ExpertGraph.Query.Exports;

/// <summary>A person as a graph export writes it: names, where, and the figures of their career (from the person facts).</summary>
internal sealed record GraphPerson(PersonId Id, string Name, IReadOnlyList<string> NameVariants, string? Orcid, string? CountryCode, string? Institution, CareerGlance? Career)
{
    private const int Batch = 1000;

    /// <summary>Every person in id order, read in batches of <see cref="Batch"/> (never the whole store at once).</summary>
    public static IEnumerable<GraphPerson> ReadAll(IExpertStore store, PersonFacts facts, int referenceYear, CancellationToken cancellationToken)
    {
        var batch = new List<PersonId>(Batch);
        foreach (var id in store.ReadPersonIds(cancellationToken))
        {
            batch.Add(id);
            if (batch.Count < Batch) continue;
            foreach (var person in Read(store, facts, referenceYear, batch)) yield return person;
            batch.Clear();
        }

        foreach (var person in Read(store, facts, referenceYear, batch)) yield return person;
    }

    private static IEnumerable<GraphPerson> Read(IExpertStore store, PersonFacts facts, int referenceYear, List<PersonId> ids)
    {
        if (ids.Count == 0) return [];
        var summaries = store.GetPersons(ids).ToDictionary(p => p.Id);
        var profiles = store.GetPersonProfiles(ids).ToDictionary(p => p.Id);
        return [.. ids.Where(summaries.ContainsKey).Select(id =>
        {
            var summary = summaries[id];
            var career = facts.Glance(id.Value, referenceYear);
            return new GraphPerson(id, summary.DisplayName,
                profiles.TryGetValue(id, out var profile) ? profile.NameVariants : [],
                summary.Orcid, career?.CountryCode ?? summary.CountryCode, career?.InstitutionName ?? summary.Institution, career);
        })];
    }
}
