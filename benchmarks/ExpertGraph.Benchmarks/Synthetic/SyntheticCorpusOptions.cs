using System.Globalization;

namespace ExpertGraph.Benchmarks.Synthetic;

/// <summary>Size and shape of a synthetic corpus. The defaults follow real bibliographic data; see README.md beside this file.</summary>
public sealed class SyntheticCorpusOptions
{
    /// <summary>Number of works to write.</summary>
    public int Works { get; init; } = 10_000;

    /// <summary>Distinct persons per work; every person authors at least one work.</summary>
    public double PersonsPerWork { get; init; } = 0.3;

    /// <summary>Lines per JSON-lines file; the last file holds the remainder.</summary>
    public int WorksPerFile { get; init; } = 100_000;

    /// <summary>Seed of every random choice: the same seed and options give byte-identical files.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Share of works written in Chinese (hanzi title and author names, language "zh").</summary>
    public double ChineseShare { get; init; } = 0.10;

    /// <summary>Median authors per work.</summary>
    public int MedianTeamSize { get; init; } = 4;

    /// <summary>Largest ordinary team; only the large-team share goes above it.</summary>
    public int MaxTeamSize { get; init; } = 30;

    /// <summary>Share of works by large collaborations of 50 to <see cref="LargeTeamMaxSize"/> authors.</summary>
    public double LargeTeamShare { get; init; } = 0.002;

    /// <summary>Largest collaboration.</summary>
    public int LargeTeamMaxSize { get; init; } = 200;

    /// <summary>Lotka exponent of the works-per-person tail among established researchers (2 is Lotka's law).</summary>
    public double ProductivityExponent { get; init; } = 2.3;

    /// <summary>Share of persons who publish briefly (students, one-off co-authors): one to three works.</summary>
    public double TransientShare { get; init; } = 0.6;

    /// <summary>Share of co-authors drawn from the first author's own research group.</summary>
    public double CommunityShare { get; init; } = 0.8;

    /// <summary>Share of persons who change institution once during their career.</summary>
    public double MoverShare { get; init; } = 0.1;

    /// <summary>Share of persons with an ORCID.</summary>
    public double OrcidShare { get; init; } = 0.3;

    public int FirstYear { get; init; } = 1990;

    public int LastYear { get; init; } = 2025;

    /// <summary>Files written at once; the output does not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    internal int PersonCount => (int)Math.Clamp(Math.Round(Works * PersonsPerWork), 1, Works);

    internal int FileCount => (int)((Works + (long)WorksPerFile - 1) / WorksPerFile);

    /// <summary>Checks every setting and reports all problems at once.</summary>
    /// <exception cref="ArgumentException">One or more settings are out of range; the message lists each.</exception>
    public void Validate()
    {
        var problems = new List<string>();
        void Require(bool valid, string problem)
        {
            if (!valid) problems.Add(problem);
        }

        Require(Works >= 1, $"{nameof(Works)} must be at least 1 (was {Works})");
        Require(PersonsPerWork is > 0 and <= 1, $"{nameof(PersonsPerWork)} must be in (0, 1] (was {Format(PersonsPerWork)})");
        Require(WorksPerFile >= 1, $"{nameof(WorksPerFile)} must be at least 1 (was {WorksPerFile})");
        Require(ChineseShare is >= 0 and <= 1, $"{nameof(ChineseShare)} must be in [0, 1] (was {Format(ChineseShare)})");
        Require(MedianTeamSize >= 1 && MedianTeamSize <= MaxTeamSize,
            $"{nameof(MedianTeamSize)} must be in [1, {nameof(MaxTeamSize)}] (was {MedianTeamSize})");
        Require(MaxTeamSize is >= 1 and < 50, $"{nameof(MaxTeamSize)} must be in [1, 49] (was {MaxTeamSize})");
        Require(LargeTeamShare is >= 0 and <= 0.1, $"{nameof(LargeTeamShare)} must be in [0, 0.1] (was {Format(LargeTeamShare)})");
        Require(LargeTeamMaxSize is >= 50 and <= 5000, $"{nameof(LargeTeamMaxSize)} must be in [50, 5000] (was {LargeTeamMaxSize})");
        Require(ProductivityExponent is > 1.5 and <= 4,
            $"{nameof(ProductivityExponent)} must be in (1.5, 4] (was {Format(ProductivityExponent)})");
        Require(TransientShare is >= 0 and < 1, $"{nameof(TransientShare)} must be in [0, 1) (was {Format(TransientShare)})");
        Require(CommunityShare is >= 0 and <= 1, $"{nameof(CommunityShare)} must be in [0, 1] (was {Format(CommunityShare)})");
        Require(MoverShare is >= 0 and <= 1, $"{nameof(MoverShare)} must be in [0, 1] (was {Format(MoverShare)})");
        Require(OrcidShare is >= 0 and <= 1, $"{nameof(OrcidShare)} must be in [0, 1] (was {Format(OrcidShare)})");
        Require(FirstYear >= 1900 && FirstYear <= LastYear, $"{nameof(FirstYear)} must be in [1900, {nameof(LastYear)}] (was {FirstYear})");
        Require(LastYear <= 2100, $"{nameof(LastYear)} must be at most 2100 (was {LastYear})");
        Require(MaxDegreeOfParallelism >= 1, $"{nameof(MaxDegreeOfParallelism)} must be at least 1 (was {MaxDegreeOfParallelism})");
        if (problems.Count > 0)
            throw new ArgumentException("Invalid synthetic corpus options: " + string.Join("; ", problems) + ".");
    }

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
