using ExpertGraph.Core.Model;
using ExpertGraph.Query.Profiles;

namespace ExpertGraph.Query;

public sealed partial class Workspace
{
    /// <summary>
    /// A person's profile (<see cref="ExpertProfile"/>), its concepts read through <see cref="Lexicon"/> (none without
    /// one). Throws <see cref="UnknownPersonException"/> for an id that names no person, saying which person a merged-away
    /// id now is.
    /// </summary>
    public ExpertProfile GetExpertProfile(PersonId person, ProfileOptions? options = null) =>
        new ExpertProfileBuilder(_store, Lexicon?.Tagger.Lexicon).Build(person, options ?? new ProfileOptions());
}
