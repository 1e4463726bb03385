using ExpertGraph.Core.Text;

namespace ExpertGraph.Graph.Conflicts;

/// <summary>
/// Curator data that makes one organization of several names and domains ("MIT", "Massachusetts Institute of
/// Technology", "mit.edu"). Names match after normalization (NFKC, whitespace collapsed, invariant lower case); an
/// institution no alias names keeps the source's own key.
/// </summary>
public sealed class InstitutionAliases
{
    private readonly Dictionary<string, string> _organizationByName;

    public InstitutionAliases(IEnumerable<(string Organization, string Alias)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _organizationByName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (organization, alias) in entries)
        {
            _organizationByName[Key(organization)] = organization;
            _organizationByName[Key(alias)] = organization;
        }
    }

    public static InstitutionAliases None { get; } = new([]);

    public static InstitutionAliases Of(IEnumerable<InstitutionAlias> aliases) => new(aliases.Select(a => (a.Organization, a.Alias)));

    public int Count => _organizationByName.Count;

    /// <summary>The organization key of an institution: "org:" + the organization its name is an alias of, else the source key.</summary>
    public string OrganizationKey(string institutionName, string sourceKey) =>
        _organizationByName.TryGetValue(Key(institutionName), out var organization) ? "org:" + organization : sourceKey;

    private static string Key(string name)
    {
        var key = TextNormalizer.Normalize(name).ToLowerInvariant();
        return key.StartsWith("www.", StringComparison.Ordinal) ? key[4..] : key;
    }
}
