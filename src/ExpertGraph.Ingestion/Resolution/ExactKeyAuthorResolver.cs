using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Core.Resolution;
using ExpertGraph.Core.Storage;
using ExpertGraph.Ingestion.Normalization;

namespace ExpertGraph.Ingestion.Resolution;

/// <summary>
/// First-cut resolution, with no fuzzy guessing: a mention joins a person only through a hard id (ORCID, the source's
/// own author id) or the exact normalized name at the exact normalized institution. A mention with none of these
/// becomes a person of its own, keyed by its place on the work so that re-ingesting the work finds it again.
/// Keys are tried in that order; the person found (or created) gets all of the mention's keys.
/// One instance serves one ingestion run: it caches what it learned of the store (see <see cref="ResolutionCache"/>).
/// </summary>
/// <param name="names">Name keys for each mention's block (<see cref="ResolvedAuthor.BlockKey"/>); null leaves blocks unset.</param>
public sealed class ExactKeyAuthorResolver(PersonNameKeys? names = null) : IAuthorResolver
{
    private readonly InstitutionResolver _institutions = new();
    private readonly BlockKeyCache? _blockKeys = names is null ? null : new BlockKeyCache(names);
    private ResolutionCache _cache = new();

    public void Forget()
    {
        _cache = new ResolutionCache();
        _institutions.Forget();
    }

    public IReadOnlyList<ResolvedAuthor> Resolve(Work work, WorkId workId, IStoreWriteSession session, PreparedAuthors? prepared = null)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(session);
        var resolved = new List<ResolvedAuthor>(work.Authors.Count);
        var keys = new string?[4];
        Span<bool> absent = stackalloc bool[keys.Length];
        foreach (var mention in work.Authors)
        {
            var name = mention.Name ?? PersonNameParser.Parse(mention.RawName);
            var nameKey = PersonNameParser.NormalizeKey(name);
            var (institution, institutionKey, country) = _institutions.Resolve(work, mention, session);

            Array.Clear(keys);
            if (mention.Orcid is { Length: > 0 } orcid) keys[0] = "orcid:" + orcid;
            if (mention.SourceAuthorId is { Length: > 0 } sourceId) keys[1] = $"src:{work.Key.Source}:{sourceId}";
            if (institutionKey is not null && nameKey.Length > 1) keys[2] = $"name-inst:{nameKey}@{institutionKey}";
            if (keys[0] is null && keys[1] is null && keys[2] is null)
                keys[3] = MentionKey.Of(work.Key, mention.Position);

            // Keys looked up and found absent can be written without another look; a key found belongs to its first person.
            PersonId? person = null;
            absent.Clear();
            for (var i = 0; i < keys.Length && person is null; i++)
            {
                if (keys[i] is not { } key) continue;
                person = _cache.TryGetPerson(key, out var cached) ? cached : session.FindPersonByKey(key);
                if (person is { } found) _cache.AddPerson(key, found);
                else absent[i] = true;
            }

            person ??= session.CreatePerson(new NewPerson(name.Display, name, nameKey)
            {
                Orcid = mention.Orcid,
                Institution = institution,
                CountryCode = country,
            });
            for (var i = 0; i < keys.Length; i++)
            {
                if (keys[i] is not { } key || _cache.TryGetPerson(key, out _)) continue;
                var owner = absent[i] ? null : session.FindPersonByKey(key);
                if (owner is null)
                {
                    session.AddPersonKey(key, person.Value);
                    owner = person;
                }

                _cache.AddPerson(key, owner.Value);
            }

            if (_cache.AddVariant(person.Value, mention.RawName)) session.AddNameVariant(person.Value, mention.RawName);
            resolved.Add(new ResolvedAuthor(mention, person.Value, institution)
            {
                // "" for a name without key, so the back-fill does not read it again.
                BlockKey = _blockKeys?.Of(mention.RawName),
            });
        }

        return resolved;
    }
}
