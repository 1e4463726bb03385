namespace ExpertGraph.Benchmarks.Synthetic;

/// <summary>
/// Every synthetic person as parallel arrays (a million-work corpus has 300k persons; objects per person would cost
/// more than the works being written). Read-only once built, so files can be written in parallel.
/// </summary>
internal sealed class Population
{
    public required int Count { get; init; }

    public required ResearchGroup[] Groups { get; init; }

    public required int[] GroupOf { get; init; }

    /// <summary>Relative productivity: a person's expected number of works beyond the first is proportional to it.</summary>
    public required double[] Weight { get; init; }

    public required AliasTable ByWeight { get; init; }

    public required string[] LatinName { get; init; }

    /// <summary>Hanzi name of persons with Chinese names, null for the others.</summary>
    public required string?[] HanziName { get; init; }

    public required short[] CareerFirst { get; init; }

    public required short[] CareerLast { get; init; }

    public required int[] HomeInstitution { get; init; }

    /// <summary>Institution from <see cref="MoveYear"/> on, or -1 for persons who never move.</summary>
    public required int[] LaterInstitution { get; init; }

    public required short[] MoveYear { get; init; }

    public required bool[] HasOrcid { get; init; }

    /// <summary>The person whose first work is the k-th anchor work; every person is the first author of one.</summary>
    public required int[] AnchorOrder { get; init; }

    /// <summary>Probability that a work whose first author has a Chinese name, at a Chinese / other institution, is in Chinese.</summary>
    public required (double China, double Elsewhere) ChineseLanguageChance { get; init; }

    public int InstitutionAt(int person, int year) =>
        LaterInstitution[person] >= 0 && year >= MoveYear[person] ? LaterInstitution[person] : HomeInstitution[person];

    /// <summary>Active in that year, with a year's slack either side for papers in press.</summary>
    public bool IsActive(int person, int year) => year >= CareerFirst[person] - 1 && year <= CareerLast[person] + 1;
}
