using System.Globalization;
using System.Text.Json;
using ExpertGraph.Resolution.Evaluation;
using ExpertGraph.Resolution.Model;

namespace ExpertGraph.Cli.Output;

/// <summary>Held-out resolution scores as a table (per set, optionally per name) or JSON.</summary>
internal static class ResolutionReportWriter
{
    public static void WriteTable(TextWriter output, IReadOnlyList<SetEvaluation> evaluations, ResolutionModel model, bool names)
    {
        output.WriteLine($"model: {model} (held-out side only; split: {model.Info.Split})");
        output.WriteLine($"{"set",-36} {"mentions",8} {"persons",7}  {"B3 P",6} {"B3 R",6} {"B3 F1",6}  {"pair P",6} {"pair R",6} {"pair F1",7}");
        foreach (var evaluation in evaluations)
        {
            if (evaluation.Clustering is { } c)
            {
                output.WriteLine(Row(evaluation.Set, c));
                if (names)
                {
                    foreach (var group in evaluation.Groups) output.WriteLine(Row("  " + group.Group, group.Scores));
                }
            }
            else if (evaluation.Pairs is { } p)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{evaluation.Set,-36} {evaluation.PairCount,8} {"pairs",7}  {"",6} {"",6} {"",6}  {p.Precision,6:0.0000} {p.Recall,6:0.0000} {p.F1,7:0.0000}"));
            }
        }
    }

    public static void WriteJson(TextWriter output, IReadOnlyList<SetEvaluation> evaluations, ResolutionModel model, bool names)
    {
        var document = new
        {
            model = new { linkage = model.Info.Linkage.ToString(), threshold = model.Info.Threshold, split = model.Info.Split },
            sets = evaluations.Select(e => new
            {
                set = e.Set,
                clustering = e.Clustering is { } c ? Scores(c) : null,
                pairs = e.Pairs is { } p ? new { count = e.PairCount, precision = p.Precision, recall = p.Recall, f1 = p.F1 } : null,
                names = names ? e.Groups.Select(g => new { name = g.Group, scores = Scores(g.Scores) }) : null,
            }),
        };
        output.WriteLine(JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true }));
    }

    public static void WriteAssignment(TextWriter output, IReadOnlyList<AssignmentScores> scores, ResolutionModel model)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"model: {model}; the older {AssignmentEvaluation.ExistingShare * 100:0}% of each held-out block = existing persons, the rest assigned one by one"));
        output.WriteLine($"{"set",-44} {"new",6} {"known",6}  {"P",6} {"R",6} {"F1",6}  {"unknown",7} {"→ new",6}");
        foreach (var s in scores)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{s.Set,-44} {s.NewMentions,6} {s.Known,6}  {s.Scores.Precision,6:0.0000} {s.Scores.Recall,6:0.0000} {s.Scores.F1,6:0.0000}  {s.Unknown,7} {s.UnknownStartedNew,6}"));
        }
    }

    public static void WriteConflation(TextWriter output, IReadOnlyList<ConflationScores> scores)
    {
        output.WriteLine("conflation signs (docs/resolution.md): false alarms on true persons of 2+ mentions; catches on names of 2+ persons resolved as one");
        output.WriteLine($"{"set",-44} {"persons",8} {"flagged",8}  {"names",6} {"caught",7}  by sign");
        foreach (var s in scores)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{s.Set,-44} {s.Persons,8} {s.PersonsFlagged,8}  {s.Conflations,6} {s.ConflationsFlagged,7}  {string.Join(", ", s.CaughtBy.Select(c => $"{c.Key} {c.Value}"))}"));
        }
    }

    private static object Scores(ClusteringScores c) => new
    {
        mentions = c.Mentions,
        gold_persons = c.GoldPersons,
        predicted_persons = c.PredictedPersons,
        bcubed = new { precision = c.BCubed.Precision, recall = c.BCubed.Recall, f1 = c.BCubed.F1 },
        pairwise = new { precision = c.Pairwise.Precision, recall = c.Pairwise.Recall, f1 = c.Pairwise.F1 },
    };

    private static string Row(string label, ClusteringScores c) => string.Create(CultureInfo.InvariantCulture,
        $"{label,-36} {c.Mentions,8} {c.GoldPersons,7}  {c.BCubed.Precision,6:0.0000} {c.BCubed.Recall,6:0.0000} {c.BCubed.F1,6:0.0000}  {c.Pairwise.Precision,6:0.0000} {c.Pairwise.Recall,6:0.0000} {c.Pairwise.F1,7:0.0000}");
}
