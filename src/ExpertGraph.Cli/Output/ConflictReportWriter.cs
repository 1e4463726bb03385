using System.Globalization;
using ExpertGraph.Api.Json;
using ExpertGraph.Core.Model;
using ExpertGraph.Graph.Conflicts;

namespace ExpertGraph.Cli.Output;

/// <summary>Writes a conflict report: one block per pair with its verdict, flags, windows and evidence; or one JSON document.</summary>
internal static class ConflictReportWriter
{
    public static void WriteText(TextWriter output, ConflictReport report, IReadOnlyDictionary<PersonId, string> names)
    {
        var applicants = report.Pairs.Select(p => p.Applicant).Distinct().Count();
        var reviewers = report.Pairs.Select(p => p.Reviewer).Distinct().Count();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"conflict check, policy {report.Policy.Name}, reference date {report.ReferenceDate:yyyy-MM-dd}: {applicants} applicant(s) × {reviewers} reviewer(s)"));
        output.WriteLine($"checked: {report.CheckedRelations}; works with more than {report.Policy.ConsortiumAuthorLimit} authors exempt");
        foreach (var pair in report.Pairs)
        {
            output.WriteLine($"{Name(pair.Applicant, names)} × {Name(pair.Reviewer, names)}: {pair.Verdict.ToString().ToUpperInvariant()}");
            foreach (var reason in pair.UnknownBecause) output.WriteLine((pair.Verdict == ConflictVerdict.Unknown ? "  unknown: " : "  data gap: ") + reason);
            foreach (var flag in pair.Flags) WriteFlag(output, flag, "  ");
        }

        var verdicts = report.Pairs.GroupBy(p => p.Verdict).ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{verdicts.GetValueOrDefault(ConflictVerdict.Conflict)} conflict, {verdicts.GetValueOrDefault(ConflictVerdict.Clear)} clear, {verdicts.GetValueOrDefault(ConflictVerdict.Unknown)} unknown; {report.WaivedFlags.Count()} waived flag(s)"));
    }

    public static void WriteFlag(TextWriter output, ConflictFlag flag, string indent)
    {
        output.WriteLine($"{indent}{flag.Severity.ToString().ToLowerInvariant()}: {ConflictRelationNames.Of(flag.Relation)} [rule {flag.Rule}, window {flag.Window}]");
        if (flag.WaivedBy is { } w)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{indent}  WAIVED by {w.Approver} at {w.Time:yyyy-MM-dd HH:mm}Z: {w.Reason} ({w.Source})"));
        foreach (var evidence in flag.Evidence.Take(5)) output.WriteLine($"{indent}  {evidence}");
        if (flag.Evidence.Count > 5) output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{indent}  … {flag.Evidence.Count - 5} more (--json lists all)"));
    }

    public static void WriteJson(TextWriter output, ConflictReport report, IReadOnlyDictionary<PersonId, string> names) =>
        output.WriteLine(ApiJson.Serialize(ConflictReportJson.Create(report, names)));

    public static string Name(PersonId id, IReadOnlyDictionary<PersonId, string> names) =>
        names.TryGetValue(id, out var name) ? $"{id} {name}" : $"{id} (not in store)";
}
