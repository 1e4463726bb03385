using System.CommandLine;
using ExpertGraph.Cli.Output;
using ExpertGraph.Graph.Conflicts;
using ExpertGraph.Query.Conflicts;

namespace ExpertGraph.Cli.Commands;

internal static class ConflictsCommand
{
    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var inputs = new ConflictInputs();
        var reviewers = new Option<string[]>("--reviewers") { Description = "Reviewer person ids (P12 or 12), or @file with one id a line", AllowMultipleArgumentsPerToken = true, Required = true };
        var command = new Command("conflicts", "Conflict-of-interest check of every applicant against every reviewer: conflict, clear or unknown, with rule, window and evidence");
        inputs.AddTo(command);
        command.Options.Add(reviewers);
        command.SetAction(parse =>
        {
            var request = new ConflictRequest(
                PersonIdList.Parse(parse.GetValue(inputs.Applicants) ?? [], "applicants"),
                PersonIdList.Parse(parse.GetValue(reviewers) ?? [], "reviewers"),
                inputs.ReadPolicy(parse),
                inputs.ReferenceDate(parse))
            {
                DeclaredRelations = inputs.ReadRelations(parse),
                Aliases = inputs.ReadAliases(parse),
                Waivers = inputs.ReadWaivers(parse),
            };

            using var workspace = workspaceOptions.Open(parse);
            var report = new ConflictChecker(new StoreConflictEvidence(workspace.Store, () => workspace.OpenCollaborationNetwork(TimeProvider.System).Graph)).Check(request);
            var names = workspace.Store.GetPersons([.. request.Applicants.Union(request.Reviewers)]).ToDictionary(p => p.Id, p => p.DisplayName);
            var logged = WaiverLog.Append(workspace.Directory, "conflicts", report.WaivedFlags, TimeProvider.System);
            if (parse.GetValue(inputs.Json)) ConflictReportWriter.WriteJson(Console.Out, report, names);
            else ConflictReportWriter.WriteText(Console.Out, report, names);
            if (logged > 0) Console.Error.WriteLine($"{logged} waived flag(s) logged to {WaiverLog.PathIn(workspace.Directory)}");
            return 0;
        });
        return command;
    }
}
