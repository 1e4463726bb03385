using System.CommandLine;
using ExpertGraph.Cli.Output;
using ExpertGraph.Core.Model;
using ExpertGraph.Query.Evaluation;
using ExpertGraph.Search.Evaluation;
using ExpertGraph.Search.Semantic;

namespace ExpertGraph.Cli.Commands;

/// <summary>
/// <c>expertgraph eval ranking [FOLDER] [--no-semantic] [--queries] [--keep DIR] [--format table|json]</c>: ingests the
/// expert-finding benchmark into a workspace of its own and scores expert ranking on it (<see cref="RankingBenchmark"/>).
/// </summary>
internal static class EvalRankingCommand
{
    public const string BenchmarkFolder = "expert-finding/aminer-expert-finding-gt/brochier_dblp_benchmark";

    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var folder = new Argument<string?>("benchmark")
        {
            Description = "The benchmark folder (documents.jsonl, doc_author.tsv, labels, meta.json); default: the shared one",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var noSemantic = new Option<bool>("--no-semantic") { Description = "Rank by the matching works' relevance alone, without the semantic index (for comparison)" };
        var dimensions = new Option<int?>("--dimensions") { Description = "Dimensions of the semantic space (default: by corpus size, see docs/ranking.md)" };
        var seed = new Option<int?>("--seed") { Description = "Seed of the semantic space's randomized SVD (default 1)" };
        var learned = new Option<bool>("--learned") { Description = "Also score the learned LambdaRank scorer, leaving each topic out of its training in turn" };
        var saveModel = new Option<string?>("--save-model") { Description = "Train the learned scorer on every document query and save it in this folder (for search --ranking-model)" };
        var queries = new Option<bool>("--queries") { Description = "Also print every query's scores" };
        var keep = new Option<string?>("--keep") { Description = "Build the benchmark's workspace in this folder and keep it (default: a temporary folder, deleted)" };
        var format = new Option<OutputFormat>("--format") { Description = "table or json", DefaultValueFactory = _ => OutputFormat.Table };
        var command = new Command("ranking", "Score expert ranking on the expert-finding benchmark of Brochier et al. (every labelled document as a query)")
        {
            folder, noSemantic, dimensions, seed, learned, saveModel, queries, keep, format,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(folder) ?? SharedDataFolder.Find(BenchmarkFolder)
                ?? throw new ExpertGraphException("no benchmark: pass its folder or set EXPERTGRAPH_SHARED_DATA");
            var benchmark = ExpertFindingBenchmark.Read(path);
            var kept = parse.GetValue(keep);
            var data = kept ?? Path.Combine(Path.GetTempPath(), "expertgraph-eval-" + Guid.NewGuid().ToString("N"));
            try
            {
                var options = parse.GetValue(dimensions) is null && parse.GetValue(seed) is null
                    ? null
                    : new SemanticSpaceOptions { Dimensions = parse.GetValue(dimensions), Seed = parse.GetValue(seed) ?? new SemanticSpaceOptions().Seed };
                var report = await RankingBenchmark.RunAsync(benchmark, data, parse.GetValue(workspaceOptions.Lexicon), !parse.GetValue(noSemantic), options, cancellationToken, parse.GetValue(learned), parse.GetValue(saveModel));
                RankingReportWriter.Write(Console.Out, report, parse.GetValue(format), parse.GetValue(queries));
                return 0;
            }
            finally
            {
                if (kept is null && Directory.Exists(data)) Directory.Delete(data, recursive: true);
            }
        });
        return command;
    }
}
