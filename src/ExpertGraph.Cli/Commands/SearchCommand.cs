using System.CommandLine;
using ExpertGraph.Api.Scouting;
using ExpertGraph.Cli.Output;
using ExpertGraph.Core.Model;
using ExpertGraph.Query;
using ExpertGraph.Search.Careers;
using ExpertGraph.Search.Expansion;
using ExpertGraph.Search.Experts;
using ExpertGraph.Search.Ranking;

namespace ExpertGraph.Cli.Commands;

internal static class SearchCommand
{
    public const string RankingModelVariable = "EXPERTGRAPH_RANKING_MODEL";

    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var text = new Argument<string?>("query") { Description = "Topic in any language, e.g. \"speech recognition\" or \"微生物\"", Arity = ArgumentArity.ZeroOrOne };
        var textFile = new Option<string?>("--text-file")
        {
            Description = "Search by a whole document instead: a file with a proposal's or manuscript's title and abstract (UTF-8), e.g. to find its reviewers",
        };
        var kind = new Option<WorkKind?>("--kind") { Description = "Only works of this kind: paper, patent or project" };
        var country = new Option<string?>("--country") { Description = "Only experts whose institution is in this country (ISO code, e.g. CN)" };
        var institution = new Option<string?>("--institution") { Description = "Only experts at an institution whose name contains this text (see --institution-scope)" };
        var institutionScope = new Option<InstitutionScope>("--institution-scope")
        {
            Description = "Which institution --institution looks at: current (now, or at --as-of), past (before it) or any",
            DefaultValueFactory = _ => InstitutionScope.Current,
        };
        var ties = new Option<string?>("--ties")
        {
            Description = "Only experts outside this country with ties to it: an affiliation there, or works with its institutions (ISO code, e.g. CN)",
        };
        var careerAge = new Option<string?>("--career-age") { Description = "Years since the first work, a range: 5-15, 20-, -10" };
        var age = new Option<string?>("--age")
        {
            Description = $"Approximate age, a range (30-60): no source gives birth years, so age ≈ career age + {PersonCareer.AgeAtFirstWork}",
        };
        var stage = new Option<string[]>("--stage")
        {
            Description = "Career stages to keep: chief-scientist, academic-leader, young-backbone, other (repeat or comma-separate)",
        };
        var activeSince = new Option<int?>("--active-since") { Description = "Only experts with a work in this year or later" };
        var hasPatents = new Option<bool>("--has-patents") { Description = "Only experts with a patent on record" };
        var hasGrants = new Option<bool>("--has-grants") { Description = "Only experts with a funded project (grant) on record" };
        var asOf = new Option<int?>("--as-of")
        {
            Description = "Rank on the record as it stood at the end of this year: only works up to then count (undated works do not)",
        };
        var limit = new Option<int>("--limit") { Description = "Number of experts", DefaultValueFactory = _ => 10 };
        var format = new Option<OutputFormat>("--format") { Description = "table, json or csv", DefaultValueFactory = _ => OutputFormat.Table };
        var explain = new Option<bool>("--explain") { Description = "Show what each score is made of, and the concepts and terms the query expanded to (both languages, descendants)" };
        var noExpand = new Option<bool>("--no-expand") { Description = "Search the text as typed, without the lexicon" };
        var rankingModel = new Option<string?>("--ranking-model")
        {
            Description = $"Rank with a learned scorer saved in this folder (by eval ranking --save-model); default ${RankingModelVariable}, else the documented weighted sum",
        };
        var depth = new Option<int>("--depth") { Description = "Lexicon levels below a named concept that also match", DefaultValueFactory = _ => new ExpansionOptions().DescendantDepth };
        var command = new Command("search", "Experts on a topic or for a document, ranked with reasons, filtered like a scout asks (institution, country ties, career age, stage, as-of date), with facet counts")
        {
            text, textFile, kind, country, institution, institutionScope, ties, careerAge, age, stage, activeSince, hasPatents, hasGrants, asOf,
            limit, format, explain, noExpand, depth, rankingModel,
        };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(textFile);
            if ((file is null) == (parse.GetValue(text) is null))
            {
                Console.Error.WriteLine("error: give either a query or --text-file, not both");
                return 2;
            }

            if (file is not null && !File.Exists(file))
            {
                Console.Error.WriteLine($"error: {file}: no such file");
                return 2;
            }

            var optionProblems = new List<string>();
            YearRange? Range(Option<string?> option) => ScoutFilters.Range(option.Name, parse.GetValue(option), optionProblems);
            var stages = ScoutFilters.Stages(stage.Name, parse.GetValue(stage), optionProblems);

            var query = new ExpertQuery(file is null ? parse.GetValue(text)! : File.ReadAllText(file))
            {
                IsDocument = file is not null,
                Kind = parse.GetValue(kind),
                CountryCode = parse.GetValue(country)?.ToUpperInvariant(),
                Institution = parse.GetValue(institution),
                InstitutionScope = parse.GetValue(institutionScope),
                TiesTo = parse.GetValue(ties)?.ToUpperInvariant(),
                CareerAge = Range(careerAge),
                ApproximateAge = Range(age),
                Stages = stages,
                ActiveSince = parse.GetValue(activeSince),
                HasPatents = parse.GetValue(hasPatents),
                HasGrants = parse.GetValue(hasGrants),
                AsOfYear = parse.GetValue(asOf),
                Limit = parse.GetValue(limit),
                Expand = !parse.GetValue(noExpand),
            };
            var expansion = new ExpansionOptions { DescendantDepth = parse.GetValue(depth) };
            var problems = optionProblems.Concat(query.Validate()).Concat(expansion.Validate()).ToList();
            if (problems.Count > 0)
            {
                Console.Error.WriteLine("error: " + string.Join("; ", problems));
                return 2;
            }

            using var workspace = workspaceOptions.Open(parse);
            if (query.Expand && workspace.Lexicon is null)
                Console.Error.WriteLine("warning: no lexicon installed: the query is searched as typed, without expansion");
            var modelFolder = parse.GetValue(rankingModel) is { Length: > 0 } given ? given
                : Environment.GetEnvironmentVariable(RankingModelVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
                : null;
            using var learned = modelFolder is null ? null : LearnedScorer.Load(modelFolder);
            if (SearcherOpening.OpenOrExplain(workspace, expansion, learned) is not { } searcher) return 2;
            using (searcher)
            {
                SearchResultWriter.Write(Console.Out, searcher.Search(query), parse.GetValue(format), parse.GetValue(explain));
            }

            return 0;
        });
        return command;
    }
}
