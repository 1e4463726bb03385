using System.CommandLine;
using System.Globalization;
using ExpertGraph.Core.Model;
using ExpertGraph.Graph.Conflicts;

namespace ExpertGraph.Cli.Commands;

/// <summary>
/// The options `conflicts` and `reviewers` share: applicants, policy, reference date and the curator's files
/// (declared relations, institution aliases, waivers), read into what the conflict checker takes.
/// </summary>
internal sealed class ConflictInputs
{
    public Option<string[]> Applicants { get; } = new("--applicants") { Description = "Applicant person ids (P12 or 12), or @file with one id a line", AllowMultipleArgumentsPerToken = true, Required = true };
    public Option<string> Policy { get; } = new("--policy") { Description = "nsf (default), nih, or a policy JSON file (see docs/conflicts.md)", DefaultValueFactory = _ => "nsf" };
    public Option<string?> Date { get; } = new("--date") { Description = "Reference date of the review, YYYY-MM-DD (default: today, UTC)" };
    public Option<string?> Relations { get; } = new("--relations") { Description = "Curator-declared relations CSV: a,b,kind,from,to,note (advisor, advisee, …)" };
    public Option<string?> Aliases { get; } = new("--aliases") { Description = "Institution aliases CSV: organization,alias (names or domains of one organization)" };
    public Option<string?> Waivers { get; } = new("--waivers") { Description = "Waivers CSV: applicant,reviewer,relation,reason,approver,time (every use is logged in the data folder)" };
    public Option<bool> Json { get; } = new("--json") { Description = "One JSON document instead of text" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Applicants, Policy, Date, Relations, Aliases, Waivers, Json }) command.Options.Add(option);
    }

    public DateOnly ReferenceDate(ParseResult parse)
    {
        var text = parse.GetValue(Date);
        if (string.IsNullOrWhiteSpace(text)) return DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ExpertGraphException($"--date '{text}' is not a date YYYY-MM-DD");
    }

    public ConflictPolicy ReadPolicy(ParseResult parse) => ConflictPolicy.Resolve(parse.GetValue(Policy));

    public IReadOnlyList<DeclaredRelation> ReadRelations(ParseResult parse) => parse.GetValue(Relations) is { } path ? CuratorFileReader.ReadRelations(path) : [];

    public InstitutionAliases ReadAliases(ParseResult parse) => parse.GetValue(Aliases) is { } path ? CuratorFileReader.ReadAliases(path) : InstitutionAliases.None;

    public IReadOnlyList<Waiver> ReadWaivers(ParseResult parse) => parse.GetValue(Waivers) is { } path ? CuratorFileReader.ReadWaivers(path) : [];
}
