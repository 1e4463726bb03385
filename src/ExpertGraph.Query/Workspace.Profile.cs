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
    public ExpertProfile GetExpertProfile(PersonId person, ProfileOptions? options = null)
    {
        options ??= new ProfileOptions();
        var profile = new ExpertProfileBuilder(_store, Lexicon?.Tagger.Lexicon).Build(person, options);
        return profile with
        {
            Career = LoadPersonFacts(CancellationToken.None).Facts.Career(person.Value, options.Time.GetUtcNow().Year),
            ProfilePages = _store.GetProfilePages(profile.Id),
        };
    }
}
