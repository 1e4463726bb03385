using ExpertGraph.Search.Careers;

namespace ExpertGraph.Api.Scouting;

/// <summary>
/// The scout filters given as text (a command line option, a query string parameter), parsed with every problem
/// collected under the name the caller used for it (--career-age, careerAge), so one answer lists them all.
/// </summary>
public static class ScoutFilters
{
    public static YearRange? Range(string name, string? given, ICollection<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (given is null) return null;
        if (YearRange.Parse(given) is { } range) return range;
        problems.Add($"{name} '{given}' is not a range like 30-60, 30- or -60");
        return null;
    }

    /// <summary>Stages repeated or comma-separated: chief-scientist, academic-leader, young-backbone, other.</summary>
    public static IReadOnlyList<CareerStage> Stages(string name, IEnumerable<string>? values, ICollection<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var stages = new List<CareerStage>();
        foreach (var text in (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (CareerStages.TryParse(text, out var stage)) stages.Add(stage);
            else problems.Add($"{name} '{text}' is none of chief-scientist, academic-leader, young-backbone, other");
        }

        return stages;
    }
}
