using System.Text.Json.Serialization;

namespace ExpertGraph.Search.Growth;

/// <summary>What is predicted N years ahead.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<GrowthTarget>))]
public enum GrowthTarget
{
    /// <summary>The h-index over works dated up to the year (citations as of harvest): only where sources give citations.</summary>
    HIndex,

    /// <summary>The number of works dated up to the year: the publication-based target every source supports.</summary>
    Works,
}

/// <summary>The targets' names and values.</summary>
public static class GrowthTargets
{
    public static string Name(GrowthTarget target) => target == GrowthTarget.HIndex ? "h-index" : "works";

    /// <summary>The target's value for a person at the end of a year.</summary>
    public static int Value(CareerHistory history, int row, int year, GrowthTarget target)
    {
        ArgumentNullException.ThrowIfNull(history);
        return target == GrowthTarget.HIndex ? history.HIndexUpTo(row, year) : history.WorksUpTo(row, year);
    }
}
