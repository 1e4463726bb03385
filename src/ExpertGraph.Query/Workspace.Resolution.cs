using System.Diagnostics;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Core.Resolution;
using ExpertGraph.Core.Storage;
using ExpertGraph.Ingestion.Resolution;
using ExpertGraph.Query.Resolution;
using ExpertGraph.Resolution.Batch;
using ExpertGraph.Resolution.Features;
using ExpertGraph.Resolution.Model;

namespace ExpertGraph.Query;

public sealed partial class Workspace
{
    /// <summary>Distinct co-author keys and words re-resolution keeps numbered before it starts its token table over.</summary>
    private const int MaxReResolutionTokens = 1_000_000;

    /// <summary>
    /// Re-resolves every name block of the store with the model (<see cref="BlockReResolver"/>): after a model change, or
    /// to redo what incremental resolution decided mention by mention. Curator pins and separations hold; person ids
    /// carry over (a person keeps its id when its cluster keeps most of its mentions), and persons left with no mention
    /// redirect to the person that holds most of them. Every re-resolved person gets a confidence and conflation flags.
    /// All changes are one transaction: a crash leaves the store as it was. Then the derived tables and the index
    /// documents of the changed works and persons are rewritten. Blocks over <see cref="BlockReResolver.MaxBlock"/>
    /// mentions are left as they are (the batch clusterer holds an n×n matrix).
    /// </summary>
    public ReResolutionSummary ResolvePersons(IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        using var writing = LockForWriting("re-resolve persons");
        var names = NameKeys ?? throw new ExpertGraphException(
            "re-resolution needs the name tables (hanzi-pinyin.tsv, surname-pinyin.tsv) of the lexicon folder; see --lexicon");
        Guarded(Directory, () => BackfillBlockKeys(names, null, cancellationToken));

        var resolver = new BlockReResolver(ResolutionModel.Load());
        var profiler = new MentionProfiler(names);
        var signatures = new StoredMentionSignatures(Lexicon?.Tagger);
        var separations = _store.GetAllSeparations().Select(s => (s.A.Value, s.B.Value)).ToHashSet();
        var plan = new ReResolutionPlan();
        // Mentions whose name gives no block are no block's: their persons keep their ids whatever happens elsewhere.
        plan.Fix(_store.GetBlockMentions("").Select(m => m.Person));

        var blocks = _store.GetBlocks();
        var (done, skipped, largestSkipped) = (0, 0, 0);
        foreach (var (key, count) in blocks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var mentions = _store.GetBlockMentions(key);
            if (count > BlockReResolver.MaxBlock)
            {
                plan.Fix(mentions.Select(m => m.Person));
                (skipped, largestSkipped) = (skipped + 1, Math.Max(largestSkipped, count));
                continue;
            }

            // A block's profiles are compared only with each other: a profiler (and its token table) is started over
            // between blocks once its table is large, so that a store's whole vocabulary is never held at once.
            if (profiler.Tokens.Count > MaxReResolutionTokens) profiler = new MentionProfiler(names);
            var profiles = mentions.Select(m => profiler.Profile(signatures.Of(m))).ToList();
            var stored = mentions.Select((m, i) => new StoredMention(profiles[i].Id, m.Person.Value, m.Pinned?.Value, profiles[i])).ToList();
            plan.Add(mentions, resolver.Resolve(stored, separations));
            if (++done % 1000 == 0) progress?.Report($"{done} of {blocks.Count} blocks re-resolved");
        }

        var retired = plan.Retired().ToList();
        var created = Guarded(Directory, () => Apply(plan, retired));
        var works = plan.Moves.Select(m => m.Mention.Work).ToHashSet();
        if (plan.Moves.Count > 0 || retired.Count > 0)
        {
            progress?.Report("rebuilding collaborations and person statistics");
            Guarded(Directory, () =>
            {
                _store.RebuildDerived(new DerivedTablesOptions());
                return true;
            });
            var persons = plan.Moves.SelectMany(m => new[] { m.Mention.Person, Real(m.To, created) })
                .Concat(retired.Select(r => Real(r.Successor, created)))
                .Distinct()
                .ToList();
            UpdateIndex(works, persons, [.. retired.Select(r => new PersonId(r.Retired))]);
        }

        return new ReResolutionSummary(done, skipped, largestSkipped, plan.Mentions, plan.Moves.Count, plan.PersonsBefore, created.Count,
            retired.Count, plan.Resolutions.Count(r => r.Value.Flags.Count > 0), clock.Elapsed);
    }

    /// <summary>Writes the plan in one transaction: new persons, moved mentions (their keys and names go with them), retirements, confidences.</summary>
    private Dictionary<long, PersonId> Apply(ReResolutionPlan plan, IReadOnlyList<(long Retired, long Successor)> retired)
    {
        using var session = _store.BeginWrite();
        var created = new Dictionary<long, PersonId>();
        foreach (var (id, rawNames) in plan.NewPersons.OrderByDescending(p => p.Key))
        {
            var display = rawNames.GroupBy(n => n, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            var name = PersonNameParser.Parse(display);
            created[id] = session.CreatePerson(new NewPerson(name.Display, name, PersonNameParser.NormalizeKey(name)));
        }

        foreach (var (mention, to) in plan.Moves)
        {
            var person = Real(to, created);
            session.MoveMention(mention.Work, mention.Position, person);
        }

        foreach (var (person, successor) in retired) session.RetirePerson(new PersonId(person), Real(successor, created));
        foreach (var (id, resolution) in plan.Resolutions) session.SetPersonResolution(Real(id, created), resolution);
        session.Commit();
        return created;
    }

    private static PersonId Real(long planId, Dictionary<long, PersonId> created) => planId < 0 ? created[planId] : new PersonId(planId);
}
