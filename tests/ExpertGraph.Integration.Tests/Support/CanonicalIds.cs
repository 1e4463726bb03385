using System.Globalization;

namespace ExpertGraph.Integration.Tests.Support;

/// <summary>
/// Store row ids translated to names that do not depend on the order rows were inserted in: a work by its source key,
/// a person by the ordinally smallest of its resolution keys, an institution by its name key.
/// </summary>
internal sealed class CanonicalIds
{
    private readonly Dictionary<long, string> _works = [];
    private readonly Dictionary<long, string> _persons = [];
    private readonly Dictionary<long, string> _institutions = [];

    public void AddWork(long id, string source, string sourceId) => _works[id] = source + ":" + sourceId;

    public void AddPersonKey(long personId, string key)
    {
        if (!_persons.TryGetValue(personId, out var smallest) || string.CompareOrdinal(key, smallest) < 0) _persons[personId] = key;
    }

    public void AddInstitution(long id, string nameKey) => _institutions[id] = nameKey;

    // A dangling id is shown as such (without the id itself, which would differ between runs for no reason).
    public string Work(long id) => _works.GetValueOrDefault(id, "<no such work>");

    public string Person(long id) => _persons.GetValueOrDefault(id, "<person without keys>");

    public string Person(string id) => long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? Person(value) : "<not an id: " + id + ">";

    public string? Institution(object? id) => id is null ? null : _institutions.GetValueOrDefault(Convert.ToInt64(id, CultureInfo.InvariantCulture), "<no such institution>");
}
