using System.CommandLine;
using ExpertGraph.Core.Model;
using ExpertGraph.Query.Profiles;

namespace ExpertGraph.Cli.Commands;

/// <summary>The person and profile options of `show` and `report`, checked together: every problem in one error line.</summary>
internal static class ProfileRequest
{
    /// <summary>The person id, or null after printing the problems (with <paramref name="more"/>) to standard error.</summary>
    public static PersonId? Parse(ParseResult parse, Argument<string> person, ProfileOptions options, params string[] more)
    {
        var problems = options.Validate().Concat(more).ToList();
        var id = default(PersonId);
        try
        {
            id = PersonsCommand.Person(parse.GetValue(person));
        }
        catch (ExpertGraphException ex)
        {
            problems.Add(ex.Message);
        }

        if (problems.Count == 0) return id;
        Console.Error.WriteLine("error: " + string.Join("; ", problems));
        return null;
    }
}
