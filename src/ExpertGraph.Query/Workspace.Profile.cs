using ExpertGraph.Core.Model;
using ExpertGraph.Query.Profiles;

namespace ExpertGraph.Query;

public sealed partial class Workspace
{
    /// <summary>
    /// A person's profile (<see cref="ExpertProfile"/>), its concepts read through <see cref="Lexicon"/> (none without
    /// one). Throws <see cref="UnknownPersonException"/> for an id that names no person, saying which person a merged-away
    /// id now is. The career (stage, field percentile) comes from the person facts (<see cref="LoadPersonFacts"/>).
    /// </summary>
    public ExpertProfile GetExpertProfile(PersonId person, ProfileOptions? options = null) => GetExpertProfiles([person], options)[0];

    /// <summary>Profiles of several persons, in the order given, the person facts loaded once (as <see cref="GetExpertProfile"/>).</summary>
    public IReadOnlyList<ExpertProfile> GetExpertProfiles(IReadOnlyList<PersonId> persons, ProfileOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(persons);
        options ??= new ProfileOptions();
        var builder = new ExpertProfileBuilder(_store, Lexicon?.Tagger.Lexicon);
        var profiles = persons.Select(person => builder.Build(person, options)).ToList();
        if (profiles.Count == 0) return profiles;
        var facts = LoadPersonFacts(CancellationToken.None).Facts;
        return [.. profiles.Select(profile => profile with
        {
            Career = facts.Career(profile.Id.Value, options.Time.GetUtcNow().Year),
            ProfilePages = _store.GetProfilePages(profile.Id),
        })];
    }
}
