namespace ExpertGraph.Search.Careers;

/// <summary>
/// Where a person stands in their career, from career age and impact relative to their field (docs/filters.md): the
/// three stages talent programmes recruit for, and everyone else.
/// </summary>
public enum CareerStage
{
    Other = 0,
    /// <summary>青年骨干: early career (under <see cref="CareerStages.YoungMaxCareerAge"/> years) and above the field's median.</summary>
    YoungBackbone = 1,
    /// <summary>学术带头人: established (at least <see cref="CareerStages.LeaderMinCareerAge"/> years) and in the field's top quarter.</summary>
    AcademicLeader = 2,
    /// <summary>首席科学家: senior (at least <see cref="CareerStages.ChiefMinCareerAge"/> years) and in the field's top tenth.</summary>
    ChiefScientist = 3,
}

/// <summary>The documented rules that place a person in a <see cref="CareerStage"/>, and the stages' names.</summary>
public static class CareerStages
{
    public const int ChiefMinCareerAge = 20;
    public const double ChiefMinPercentile = 0.90;
    public const int LeaderMinCareerAge = 10;
    public const double LeaderMinPercentile = 0.75;
    public const int YoungMaxCareerAge = 15;
    public const double YoungMinPercentile = 0.50;

    /// <summary>
    /// The stage for a career age (years since the first work) and an impact percentile in the field (0–1); the first
    /// rule that holds wins, from chief scientist down. Unknown career age: <see cref="CareerStage.Other"/>.
    /// </summary>
    public static CareerStage Of(int? careerAge, double percentile) => careerAge switch
    {
        null => CareerStage.Other,
        >= ChiefMinCareerAge when percentile >= ChiefMinPercentile => CareerStage.ChiefScientist,
        >= LeaderMinCareerAge when percentile >= LeaderMinPercentile => CareerStage.AcademicLeader,
        < YoungMaxCareerAge when percentile >= YoungMinPercentile => CareerStage.YoungBackbone,
        _ => CareerStage.Other,
    };

    /// <summary>The name used on the command line and in JSON: chief-scientist, academic-leader, young-backbone, other.</summary>
    public static string Name(CareerStage stage) => stage switch
    {
        CareerStage.ChiefScientist => "chief-scientist",
        CareerStage.AcademicLeader => "academic-leader",
        CareerStage.YoungBackbone => "young-backbone",
        _ => "other",
    };

    /// <summary>The name as a scout reads it, in both languages.</summary>
    public static string Label(CareerStage stage) => stage switch
    {
        CareerStage.ChiefScientist => "chief scientist 首席科学家",
        CareerStage.AcademicLeader => "academic leader 学术带头人",
        CareerStage.YoungBackbone => "young backbone 青年骨干",
        _ => "other 其他",
    };

    public static bool TryParse(string text, out CareerStage stage)
    {
        foreach (var candidate in Enum.GetValues<CareerStage>())
        {
            if (string.Equals(Name(candidate), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                stage = candidate;
                return true;
            }
        }

        stage = CareerStage.Other;
        return false;
    }
}
