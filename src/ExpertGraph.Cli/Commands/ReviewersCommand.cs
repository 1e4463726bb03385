using System.CommandLine;
using ExpertGraph.Cli.Output;
using ExpertGraph.Core.Model;
using ExpertGraph.Query.Conflicts;
using ExpertGraph.Search.Experts;

namespace ExpertGraph.Cli.Commands;

internal static class ReviewersCommand
{
    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var inputs = new ConflictInputs();
        var topic = new Option<string?>("--topic") { Description = "The application's topic, in any language" };
        var textFile = new Option<string?>("--text-file") { Description = "Or the application's title and abstract, in a file (UTF-8), searched as a whole document" };
        var k = new Option<int>("--k") { Description = "Number of reviewers", DefaultValueFactory = _ => 10 };
        var pool = new Option<int>("--candidates") { Description = "How many top experts on the topic are checked", DefaultValueFactory = _ => 200 };
        var perInstitution = new Option<int?>("--max-per-institution") { Description = "At most this many reviewers from one institution" };
        var perCountry = new Option<int?>("--max-per-country") { Description = "At most this many reviewers from one country" };
        var showExcluded = new Option<bool>("--show-excluded") { Description = "List every excluded candidate with the reason and evidence" };
        var command = new Command("reviewers", "Recommend reviewers for a topic: expert search minus applicants and every conflicted or unknown candidate, with diversity limits")
        {
            topic, textFile, k, pool, perInstitution, perCountry, showExcluded,
        };
        inputs.AddTo(command);
        command.SetAction(parse =>
        {
            var file = parse.GetValue(textFile);
            if ((file is null) == (parse.GetValue(topic) is null))
            {
                Console.Error.WriteLine("error: give either --topic or --text-file");
                return 2;
            }

            if (file is not null && !File.Exists(file))
            {
                Console.Error.WriteLine($"error: {file}: no such file");
                return 2;
            }

            var text = file is null ? parse.GetValue(topic)! : File.ReadAllText(file);
            var request = new ReviewerRequest(text, PersonIdList.Parse(parse.GetValue(inputs.Applicants) ?? [], "applicants"), inputs.ReadPolicy(parse), inputs.ReferenceDate(parse))
            {
                TopicIsDocument = file is not null,
                K = parse.GetValue(k),
                CandidatePool = parse.GetValue(pool),
                MaxPerInstitution = parse.GetValue(perInstitution),
                MaxPerCountry = parse.GetValue(perCountry),
                DeclaredRelations = inputs.ReadRelations(parse),
                Aliases = inputs.ReadAliases(parse),
                Waivers = inputs.ReadWaivers(parse),
            };
            var problems = request.Validate();
            if (problems.Count > 0)
            {
                Console.Error.WriteLine("error: " + string.Join("; ", problems));
                return 2;
            }

            using var workspace = workspaceOptions.Open(parse);
            if (SearcherOpening.OpenOrExplain(workspace) is not { } searcher) return 2;
            using (searcher)
            {
                var result = new ReviewerRecommender(searcher, new StoreConflictEvidence(workspace.Store, () => workspace.OpenCollaborationNetwork(TimeProvider.System).Graph)).Recommend(request);
                var logged = WaiverLog.Append(workspace.Directory, "reviewers", result.Recommended.SelectMany(r => r.Flags).Where(f => f.WaivedBy is not null), TimeProvider.System);
                if (parse.GetValue(inputs.Json)) ReviewerResultWriter.WriteJson(Console.Out, result);
                else ReviewerResultWriter.WriteText(Console.Out, result, parse.GetValue(showExcluded));
                if (logged > 0) Console.Error.WriteLine($"{logged} waived flag(s) logged to {WaiverLog.PathIn(workspace.Directory)}");
            }

            return 0;
        });
        return command;
    }
}
