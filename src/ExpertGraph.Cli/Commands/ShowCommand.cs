using System.CommandLine;
using ExpertGraph.Cli.Output;
using ExpertGraph.Core.Model;
using ExpertGraph.Query.Profiles;

namespace ExpertGraph.Cli.Commands;

/// <summary>
/// <c>expertgraph show &lt;person&gt; [--format table|json] [--coauthors N] [--works N]</c>: a person's profile
/// (<see cref="ExpertProfile"/>): names, affiliations with years, disciplines and subfields, works by kind and year,
/// recent and most cited works, co-authors, statistics, resolution confidence.
/// </summary>
internal static class ShowCommand
{
    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var person = new Argument<string>("person") { Description = "The person (P12)" };
        var format = new Option<OutputFormat>("--format") { Description = "table or json", DefaultValueFactory = _ => OutputFormat.Table };
        var coauthors = new Option<int>("--coauthors") { Description = "Number of co-authors listed", DefaultValueFactory = _ => 10 };
        var works = new Option<int>("--works") { Description = "Number of works listed as most recent, and as most cited", DefaultValueFactory = _ => 10 };
        var timeline = new Option<bool>("--timeline") { Description = "Print the person's record year by year instead: works, citations, h-index, co-authors, institution, subfield" };
        var command = new Command("show", "A person's profile: names, affiliations, fields, works by kind and year, co-authors, statistics")
        {
            person, format, coauthors, works, timeline,
        };
        command.SetAction(parse =>
        {
            var options = new ProfileOptions { Coauthors = parse.GetValue(coauthors), Works = parse.GetValue(works) };
            if (ProfileRequest.Parse(parse, person, options, parse.GetValue(format) == OutputFormat.Csv ? ["--format is table or json"] : []) is not { } id) return 2;

            using var workspace = workspaceOptions.Open(parse);
            ExpertProfile profile;
            try
            {
                if (parse.GetValue(timeline))
                {
                    var years = workspace.GetTimeline(id);
                    if (parse.GetValue(format) == OutputFormat.Json) Console.Out.WriteLine(Search.Growth.GrowthModelSet.ToJson(years));
                    else GrowthReportWriter.WriteTimeline(Console.Out, years);
                    return 0;
                }

                profile = workspace.GetExpertProfile(id, options);
            }
            catch (UnknownPersonException ex)
            {
                Console.Error.WriteLine("error: " + ex.Message);
                return 2;
            }

            ExpertProfileWriter.Write(Console.Out, profile, parse.GetValue(format));
            return 0;
        });
        return command;
    }
}
