using ExpertGraph.Resolution.Incremental;
using ExpertGraph.Resolution.Model;

namespace ExpertGraph.Resolution.Evaluation;

/// <summary>
/// How well new mentions are assigned to existing persons, per gold set: <paramref name="Known"/> new mentions whose
/// person already existed, of which the resolver put <c>Scores.Recall</c> with that person; of the new mentions it put with
/// an existing person, <c>Scores.Precision</c> went to the right one. <paramref name="Unknown"/> new mentions were of
/// persons not seen before; <paramref name="UnknownStartedNew"/> of those started (or joined) a new person.
/// </summary>
public sealed record AssignmentScores(string Set, int NewMentions, int Known, Scores Scores, int Unknown, int UnknownStartedNew);

/// <summary>
/// The incremental mode measured like AMiner WhoIsWho's paper assignment task: in each held-out block the older 80% of
/// mentions (by year, then id) form the existing persons, as the gold standard groups them; the newer 20% arrive one by
/// one, in that order, and are assigned by <see cref="IncrementalResolver"/> (each assignment is kept for the next).
/// </summary>
public static class AssignmentEvaluation
{
    public const double ExistingShare = 0.8;

    /// <param name="heldOut">False measures the training side instead.</param>
    public static IReadOnlyList<AssignmentScores> Evaluate(PreparedGold gold, ResolutionModel model, bool heldOut = true)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(model);
        var resolver = new IncrementalResolver(model);
        var results = new List<AssignmentScores>();
        foreach (var set in gold.Blocks.Where(b => b.HeldOut == heldOut).Select(b => b.Set).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var outcomes = gold.Blocks.Where(b => b.HeldOut == heldOut && b.Set == set).AsParallel().AsOrdered().SelectMany(b => Assign(b, resolver)).ToList();
            var known = outcomes.Where(o => o.Known).ToList();
            var toExisting = outcomes.Count(o => o.ToExisting);
            var correct = known.Count(o => o.Correct);
            var unknown = outcomes.Where(o => !o.Known).ToList();
            results.Add(new AssignmentScores(set, outcomes.Count, known.Count,
                new Scores(toExisting == 0 ? 1 : (double)correct / toExisting, known.Count == 0 ? 1 : (double)correct / known.Count),
                unknown.Count, unknown.Count(o => !o.ToExisting)));
        }

        return results;
    }

    private readonly record struct Outcome(bool Known, bool ToExisting, bool Correct);

    private static List<Outcome> Assign(GoldBlock block, IncrementalResolver resolver)
    {
        var order = Enumerable.Range(0, block.Profiles.Count)
            .OrderBy(i => block.Profiles[i].Year ?? int.MaxValue)
            .ThenBy(i => block.Profiles[i].Id, StringComparer.Ordinal)
            .ToList();
        var existing = (int)Math.Floor(order.Count * ExistingShare);
        if (existing == 0 || existing == order.Count) return [];

        var state = new ResolutionBlock();
        var goldOf = new Dictionary<long, string>();
        foreach (var group in order.Take(existing).GroupBy(i => block.Gold[i], StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var person = state.AddPerson(goldOf.Count, group.Select(i => block.Profiles[i]));
            goldOf[person.Id] = group.Key;
        }

        var existingPersons = goldOf.Count;
        var nextId = (long)existingPersons;
        var outcomes = new List<Outcome>();
        foreach (var i in order.Skip(existing))
        {
            var assignment = resolver.Assign(state, block.Profiles[i], nextId);
            if (assignment.NewPerson) nextId++;
            var known = goldOf.Values.Contains(block.Gold[i]);
            var toExisting = assignment.Person.Id < existingPersons;
            outcomes.Add(new Outcome(known, toExisting, toExisting && goldOf[assignment.Person.Id] == block.Gold[i]));
        }

        return outcomes;
    }
}
