using ExpertGraph.Core.Lexicon;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Query.Profiles;

/// <summary>What an <see cref="ExpertProfile"/> holds beyond its fixed parts: list lengths, the two concept levels, and the clock.</summary>
public sealed record ProfileOptions
{
    /// <summary>Level 2: OpenAlex fields and NSFC first-level codes (lexicon/README.md, "Levels").</summary>
    public const int DefaultDisciplineLevel = 2;

    /// <summary>
    /// Level 3: OpenAlex subfields, NSFC second-level codes (二级学科), ACM's top concepts, MeSH's categories. Level 4 was
    /// tried first: on real profiles it is led by MeSH's broad top descriptors (Social Sciences, Biological Phenomena),
    /// where level 3 reads as a person's subfields (Finance, Conservation biology).
    /// </summary>
    public const int DefaultSubfieldLevel = 3;

    /// <summary>Works listed as most recent, and as most cited.</summary>
    public int Works { get; init; } = 10;

    /// <summary>Co-authors listed, those with the most shared works first.</summary>
    public int Coauthors { get; init; } = 10;

    /// <summary>Concepts listed at each of the two levels.</summary>
    public int ConceptsPerLevel { get; init; } = 5;

    public int DisciplineLevel { get; init; } = DefaultDisciplineLevel;

    public int SubfieldLevel { get; init; } = DefaultSubfieldLevel;

    /// <summary>Works with more distinct persons than this make no co-authors, as in the derived collaborations.</summary>
    public int MaxAuthorsPerWork { get; init; } = new DerivedTablesOptions().MaxAuthorsForCollaboration;

    /// <summary>The clock whose current year career age counts to.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Every problem of these options, none when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Works is < 0 or > 1000) problems.Add("works must be between 0 and 1000");
        if (Coauthors is < 0 or > 1000) problems.Add("co-authors must be between 0 and 1000");
        if (ConceptsPerLevel is < 0 or > 100) problems.Add("concepts per level must be between 0 and 100");
        if (DisciplineLevel is < Concept.MinLevel or > Concept.MaxLevel || SubfieldLevel is < Concept.MinLevel or > Concept.MaxLevel)
            problems.Add($"concept levels must be between {Concept.MinLevel} and {Concept.MaxLevel}");
        if (MaxAuthorsPerWork < 2) problems.Add("the author limit of a collaboration must be at least 2");
        if (Time is null) problems.Add("a clock is needed");
        return problems;
    }
}
