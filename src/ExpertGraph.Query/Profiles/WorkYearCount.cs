namespace ExpertGraph.Query.Profiles;

/// <summary>A person's works of one year (null: works without a year) by kind.</summary>
public sealed record WorkYearCount(int? Year, int Papers, int Patents, int Projects)
{
    public int Total => Papers + Patents + Projects;
}
