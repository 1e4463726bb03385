namespace ExpertGraph.Resolution.Features;

/// <summary>
/// A cluster of mentions seen as one piece of evidence: the union of its members' co-authors, words, venues and codes,
/// its most frequent name parts, institution and venue, the sum of its concepts, and its span of years. The second
/// clustering stage compares these (<see cref="ClusterPairFeatures"/>): two halves of a prolific author's work rarely share
/// a co-author pair by pair, but their unions do.
/// </summary>
public sealed class ClusterProfile
{
    private ClusterProfile(MentionProfile merged, IReadOnlyList<int> members, int? firstYear, int? lastYear)
    {
        Merged = merged;
        Members = members;
        FirstYear = firstYear;
        LastYear = lastYear;
    }

    public MentionProfile Merged { get; }

    /// <summary>Indices of the members in their block.</summary>
    public IReadOnlyList<int> Members { get; }

    public int Size => Members.Count;

    public int? FirstYear { get; }

    public int? LastYear { get; }

    public static ClusterProfile Of(IReadOnlyList<MentionProfile> block, IReadOnlyList<int> members)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count == 0) throw new ArgumentException("a cluster has members", nameof(members));
        var profiles = members.Select(i => block[i]).ToList();
        var years = profiles.Where(p => p.Year is not null).Select(p => p.Year!.Value).Order().ToList();
        var first = profiles[0];
        var merged = new MentionProfile
        {
            Id = first.Id,
            Name = first.Name,
            WorkId = first.WorkId,
            Tokens = first.Tokens,
            BlockingKey = first.BlockingKey,
            FullKey = MostFrequent(profiles.Select(p => p.FullKey)),
            FirstGiven = MostFrequent(profiles.Select(p => p.FirstGiven)),
            MiddleInitials = MostFrequent(profiles.Select(p => p.MiddleInitials.Length == 0 ? null : p.MiddleInitials)) ?? string.Empty,
            Chinese = profiles.Any(p => p.Chinese),
            HanScript = profiles.Count(p => p.HanScript) * 2 > profiles.Count,
            Coauthors = Union(first.Tokens, profiles.Select(p => p.Coauthors)),
            AffiliationTokens = Union(first.Tokens, profiles.Select(p => p.AffiliationTokens)),
            Institution = MostFrequent(profiles.Select(p => p.Institution)),
            Venue = MostFrequent(profiles.Select(p => p.Venue)),
            VenueTokens = Union(first.Tokens, profiles.Select(p => p.VenueTokens)),
            TitleTokens = Union(first.Tokens, profiles.Select(p => p.TitleTokens)),
            Classifications = Union(first.Tokens, profiles.Select(p => p.Classifications)),
            Concepts = ConceptVector.Unit(profiles.SelectMany(p => p.Concepts).Select(c => (c.Concept, (double)c.Weight))),
            Email = MostFrequent(profiles.Select(p => p.Email)),
            EmailDomain = MostFrequent(profiles.Select(p => p.EmailDomain)),
            Orcid = Single(profiles.Select(p => p.Orcid)),
            SourceAuthorId = Single(profiles.Select(p => p.SourceAuthorId)),
            Year = years.Count == 0 ? null : years[years.Count / 2],
        };
        return new ClusterProfile(merged, members, years.Count == 0 ? null : years[0], years.Count == 0 ? null : years[^1]);
    }

    /// <summary>The most frequent non-null value; ties go to the ordinally smallest, so the result does not depend on order.</summary>
    private static string? MostFrequent(IEnumerable<string?> values) =>
        values.Where(v => v is not null)
            .GroupBy(v => v!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();

    /// <summary>The one value all members that have it agree on, else null (conflicts are hard links' business).</summary>
    private static string? Single(IEnumerable<string?> values)
    {
        var distinct = values.Where(v => v is not null).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return distinct.Count == 1 ? distinct[0] : null;
    }

    /// <summary>The distinct ids of the sets, in their texts' ordinal order (as every profile keeps its sets).</summary>
    private static int[] Union(TokenTable tokens, IEnumerable<int[]> sets)
    {
        var union = sets.SelectMany(s => s).Distinct().ToArray();
        Array.Sort(tokens.TextsOf(union), union, StringComparer.Ordinal);
        return union;
    }
}
