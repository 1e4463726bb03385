using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Ingestion.Normalization;

namespace ExpertGraph.Ingestion.Resolution;

/// <summary>
/// The institution a mention names, found or created in the store by its normalized name, and the mention's country.
/// An inventor's address is a place, not an employer: for a patent mention without affiliation the patent's first
/// assignee stands in. Caches keys and ids for one run, like the resolvers that use it.
/// </summary>
internal sealed class InstitutionResolver
{
    private readonly Dictionary<string, InstitutionId> _institutions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);

    public void Forget() => _institutions.Clear();

    public (InstitutionId? Id, string? Key, string? Country) Resolve(Work work, AuthorMention mention, IStoreWriteSession session)
    {
        var affiliation = mention.Affiliations.FirstOrDefault(a => !string.IsNullOrWhiteSpace(a.Organization));
        if (affiliation is null && work.Kind == WorkKind.Patent)
            affiliation = work.Organizations.FirstOrDefault(a => !string.IsNullOrWhiteSpace(a.Organization));
        var country = affiliation?.CountryCode ?? mention.Affiliations.Select(a => a.CountryCode).FirstOrDefault(c => c is not null);
        if (affiliation?.Organization is not { } organization) return (null, null, country);

        var key = Key(organization);
        if (key.Length == 0) return (null, null, country);
        if (!_institutions.TryGetValue(key, out var id))
        {
            id = session.GetOrCreateInstitution(organization, key, affiliation.CountryCode);
            // A later mention that brings the country the first one lacked still gets it written.
            if (affiliation.CountryCode is not null) _institutions[key] = id;
        }

        return (id, key, country);
    }

    /// <summary>The institution key of an organization name, computed once per distinct name.</summary>
    private string Key(string organization)
    {
        if (!_keys.TryGetValue(organization, out var key)) _keys[organization] = key = InstitutionNameNormalizer.Key(organization);
        return key;
    }
}
