namespace ExpertGraph.Query.Profiles;

/// <summary>
/// A person's figures within the corpus: works of each kind, citations, h-index, the years of the first and last work,
/// career age (<see cref="ReferenceYear"/> minus the first year, never negative; null without a dated work) and the
/// number of co-authors.
/// </summary>
public sealed record ProfileStatistics(int Works, int Papers, int Patents, int Projects, long Citations, int HIndex, int? FirstYear, int? LastYear)
{
    public int? CareerAge { get; init; }

    public int ReferenceYear { get; init; }

    public int Coauthors { get; init; }
}
