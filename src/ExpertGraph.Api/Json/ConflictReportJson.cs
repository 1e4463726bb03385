using System.Globalization;
using ExpertGraph.Core.Model;
using ExpertGraph.Graph.Conflicts;

namespace ExpertGraph.Api.Json;

/// <summary>A conflict report: each applicant × reviewer pair with its verdict and flags (relation, rule, window, evidence, waiver).</summary>
public static class ConflictReportJson
{
    public static object Create(ConflictReport report, IReadOnlyDictionary<PersonId, string> names)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(names);
        return new
        {
            policy = report.Policy.Name,
            referenceDate = report.ReferenceDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            @checked = report.CheckedRelations,
            consortiumAuthorLimit = report.Policy.ConsortiumAuthorLimit,
            pairs = report.Pairs.Select(p => new
            {
                applicant = p.Applicant.ToString(),
                applicantName = names.GetValueOrDefault(p.Applicant),
                reviewer = p.Reviewer.ToString(),
                reviewerName = names.GetValueOrDefault(p.Reviewer),
                verdict = p.Verdict.ToString().ToLowerInvariant(),
                unknownBecause = p.UnknownBecause,
                flags = p.Flags.Select(Flag),
            }),
        };
    }

    public static object Flag(ConflictFlag f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new
        {
            applicant = f.Applicant.ToString(),
            reviewer = f.Reviewer.ToString(),
            relation = ConflictRelationNames.Of(f.Relation),
            rule = f.Rule,
            severity = f.Severity.ToString().ToLowerInvariant(),
            window = new { months = f.Window.Months, start = f.Window.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), reference = f.Window.Reference.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
            evidence = f.Evidence.Select(e => new { kind = e.Kind, reference = e.Reference, subject = e.Subject, when = e.When }),
            waiver = f.WaivedBy is { } w ? new { approver = w.Approver, reason = w.Reason, time = w.Time.ToString("O", CultureInfo.InvariantCulture), source = w.Source } : null,
        };
    }
}
