using ExpertGraph.Resolution.Anomalies;
using ExpertGraph.Resolution.Features;

namespace ExpertGraph.Resolution.Evaluation;

/// <summary>
/// How the conflation signs fare on a gold set: of its true persons (gold clusters of more than one mention), how many
/// are flagged (false alarms); of its names taken as one person each (every mention of a name that belongs to two or
/// more persons, resolved as one: deliberate conflations), how many are flagged (caught).
/// </summary>
public sealed record ConflationScores(string Set, int Persons, int PersonsFlagged, int Conflations, int ConflationsFlagged,
    IReadOnlyDictionary<ConflationSign, int> CaughtBy);

public static class ConflationEvaluation
{
    /// <param name="heldOut">The side of the split: the signs' rule was set looking at the training side only.</param>
    public static IReadOnlyList<ConflationScores> Evaluate(PreparedGold gold, bool heldOut = true)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var results = new List<ConflationScores>();
        foreach (var set in gold.Sets.Where(s => s.Mentions.Count > 0).Select(s => s.Name).Order(StringComparer.Ordinal))
        {
            var blocks = gold.Blocks.Where(b => b.Set == set && b.HeldOut == heldOut).ToList();
            var persons = blocks.SelectMany(b => Enumerable.Range(0, b.Profiles.Count).GroupBy(i => b.Gold[i], StringComparer.Ordinal)
                    .Where(g => g.Count() > 1).Select(g => g.Select(i => b.Profiles[i]).ToList()))
                .ToList();
            var names = blocks.SelectMany(b => Enumerable.Range(0, b.Profiles.Count).GroupBy(i => b.Groups[i], StringComparer.Ordinal)
                    .Where(g => g.Select(i => b.Gold[i]).Distinct(StringComparer.Ordinal).Count() > 1)
                    .Select(g => g.Select(i => b.Profiles[i]).ToList()))
                .ToList();
            var personFlags = persons.AsParallel().AsOrdered().Select(ConflationDetector.Inspect).ToList();
            var nameFlags = names.AsParallel().AsOrdered().Select(ConflationDetector.Inspect).ToList();
            var caughtBy = Enum.GetValues<ConflationSign>().ToDictionary(s => s, s => nameFlags.Count(f => f.Any(x => x.Sign == s)));
            results.Add(new ConflationScores(set, persons.Count, personFlags.Count(f => f.Count > 0), names.Count, nameFlags.Count(f => f.Count > 0), caughtBy));
        }

        return results;
    }
}
