using ExpertGraph.Core.Model;
using ExpertGraph.Core.Resolution;
using ExpertGraph.Resolution.Batch;

namespace ExpertGraph.Query.Resolution;

/// <summary>
/// The re-resolution of a whole store, gathered block by block before anything is written: mentions that change person,
/// persons to create (block-local negative ids, numbered here across blocks), confidence and flags per person, and which
/// earlier persons end with no mention anywhere (they are retired, redirected to the person holding most of their
/// mentions). A person whose mentions are not all in re-resolved blocks (a block too large, a name without block) is
/// never retired.
/// </summary>
internal sealed class ReResolutionPlan
{
    private readonly Dictionary<long, int> _before = [];
    private readonly Dictionary<long, int> _after = [];
    private readonly Dictionary<long, (long Successor, int Mentions)> _successors = [];
    private readonly HashSet<long> _fixed = [];
    private long _nextNew;

    public List<(BlockMention Mention, long To)> Moves { get; } = [];

    /// <summary>New persons by plan id (negative), with the raw names of their mentions.</summary>
    public Dictionary<long, List<string>> NewPersons { get; } = [];

    public Dictionary<long, PersonResolution> Resolutions { get; } = [];

    public long Mentions { get; private set; }

    /// <summary>Persons with mentions outside the re-resolved blocks: never retired.</summary>
    public void Fix(IEnumerable<PersonId> persons) => _fixed.UnionWith(persons.Select(p => p.Value));

    public void Add(IReadOnlyList<BlockMention> mentions, BlockReResolution result)
    {
        // Block-local new ids (-1, -2, …) become plan-wide ones.
        var renumbered = result.Persons.Where(p => p.Id < 0).ToDictionary(p => p.Id, _ => --_nextNew);
        long Global(long id) => id < 0 ? renumbered[id] : id;

        foreach (var mention in mentions) _before[mention.Person.Value] = _before.GetValueOrDefault(mention.Person.Value) + 1;
        foreach (var person in result.Persons)
        {
            var id = Global(person.Id);
            _after[id] = _after.GetValueOrDefault(id) + person.Members.Count;
            if (id < 0) NewPersons[id] = [.. person.Members.Select(i => mentions[i].RawName)];
            var flags = person.Flags.Select(f => f.Evidence).ToList();
            Resolutions[id] = Resolutions.TryGetValue(id, out var earlier)
                ? new PersonResolution(Math.Min(earlier.Confidence, person.Confidence), [.. earlier.Flags.Union(flags, StringComparer.Ordinal)])
                : new PersonResolution(Math.Round(person.Confidence, 4), flags);
            foreach (var i in person.Members)
            {
                if (mentions[i].Person.Value != id) Moves.Add((mentions[i], id));
            }
        }

        foreach (var (earlier, successor) in result.Successors)
        {
            var held = mentions.Count(m => m.Person.Value == earlier);
            if (!_successors.TryGetValue(earlier, out var known) || held > known.Mentions) _successors[earlier] = (Global(successor), held);
        }

        Mentions += mentions.Count;
    }

    public long PersonsBefore => _before.Count;

    /// <summary>Earlier persons left with no mention, each with its successor (a plan id: negative for a new person).</summary>
    public IEnumerable<(long Retired, long Successor)> Retired() =>
        _before.Keys
            .Where(p => _after.GetValueOrDefault(p) == 0 && !_fixed.Contains(p))
            .Order()
            .Select(p => (p, _successors[p].Successor));
}
