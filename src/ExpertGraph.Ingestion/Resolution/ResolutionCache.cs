using ExpertGraph.Core.Model;
using ExpertGraph.Core.Resolution;

namespace ExpertGraph.Ingestion.Resolution;

/// <summary>
/// What the resolver already knows of the store during one run: resolution keys and name variants it has
/// looked up or written. It saves the lookups and the INSERT OR IGNOREs that would find the row already there (most
/// mentions are of persons seen before). Valid only while the run's write stage is the store's only writer; a failed
/// batch ends the run, and the cache with it.
/// </summary>
internal sealed class ResolutionCache
{
    private readonly Dictionary<string, PersonId> _persons = new(StringComparer.Ordinal);
    private readonly HashSet<(long Person, string Name)> _variants = [];

    public bool TryGetPerson(string key, out PersonId person) => _persons.TryGetValue(key, out person);

    /// <summary>
    /// Remembers a key's person; false when the key was already known (then nothing needs writing). A mention's own key
    /// ("mention:…") is not remembered: it is looked up once per writing of its work, so remembering it saved nothing and
    /// held every mention of the run (about 85 bytes each, 450 MB over the 1M-work corpus).
    /// </summary>
    public bool AddPerson(string key, PersonId person) => !Remembers(key) || _persons.TryAdd(key, person);

    /// <summary>Whether <see cref="AddPerson"/> keeps the key's person: not for a mention's own key (see there).</summary>
    public static bool Remembers(string key) => !MentionKey.IsMentionKey(key);

    /// <summary>False when the variant is already known for the person.</summary>
    public bool AddVariant(PersonId person, string name) => _variants.Add((person.Value, name));
}
