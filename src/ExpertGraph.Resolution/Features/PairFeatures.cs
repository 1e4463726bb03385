namespace ExpertGraph.Resolution.Features;

/// <summary>
/// The features the pairwise model reads for two mentions of one name block. Evidence missing on either side is -1 (and
/// never 0, which means "known and different"), so the model can learn that no affiliation is not a different one.
/// The order of <see cref="Names"/> is the model's input layout: changing it means retraining the shipped model.
/// </summary>
public static class PairFeatures
{
    public static readonly IReadOnlyList<string> Names =
    [
        "first_given_relation", "first_given_similarity", "full_name_equal", "middle_relation", "chinese_name", "same_script",
        "coauthors_shared", "coauthor_jaccard", "coauthor_rarity", "affiliation_cosine", "same_institution", "same_venue",
        "venue_jaccard", "title_cosine", "concept_cosine", "year_gap", "same_email", "same_email_domain", "orcid_agreement",
        "source_id_agreement", "classification_jaccard", "affiliation_shared_weight", "title_shared_weight", "common_neighbours",
        "neighbours_known", "block_fragmentation",
    ];

    public static int Count => Names.Count;

    /// <summary>Features of a pair seen alone (no block around it: the neighbour features say "unknown").</summary>
    public static float[] Compute(MentionProfile a, MentionProfile b, CorpusStatistics statistics)
    {
        var features = new float[Count];
        Compute(a, b, statistics, -1, -1, features);
        return features;
    }

    /// <param name="commonNeighbours">Mentions of the block sharing a co-author with both (<see cref="BlockContext"/>); -1: no block.</param>
    /// <param name="fragmentation">The block's <see cref="BlockContext.Fragmentation"/>; -1: no block.</param>
    public static void Compute(MentionProfile a, MentionProfile b, CorpusStatistics statistics, int commonNeighbours, float fragmentation, Span<float> features)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(statistics);
        if (features.Length < Count) throw new ArgumentException($"{Count} features expected", nameof(features));
        if (!ReferenceEquals(a.Tokens, b.Tokens)) throw new ArgumentException("profiles of two token tables cannot be compared", nameof(b));

        features[0] = FirstGivenRelation(a, b);
        features[1] = a.FirstGiven is { } ga && b.FirstGiven is { } gb ? (float)JaroWinkler(ga, gb) : -1;
        features[2] = a.FullKey is null || b.FullKey is null ? -1 : a.FullKey == b.FullKey ? 1 : 0;
        features[3] = MiddleRelation(a.MiddleInitials, b.MiddleInitials);
        features[4] = a.Chinese || b.Chinese ? 1 : 0;
        features[5] = a.HanScript == b.HanScript ? 1 : 0;

        var (shared, union, rarity) = Overlap(a.Coauthors, b.Coauthors, statistics.CoauthorWeight);
        var coauthorsKnown = a.Coauthors.Length > 0 && b.Coauthors.Length > 0;
        features[6] = shared;
        features[7] = coauthorsKnown ? (float)shared / union : -1;
        features[8] = (float)rarity;
        features[9] = a.AffiliationTokens.Length > 0 && b.AffiliationTokens.Length > 0
            ? (float)WeightedCosine(a.AffiliationTokens, b.AffiliationTokens, statistics.AffiliationWeight)
            : -1;
        features[10] = a.Institution is null || b.Institution is null ? -1 : a.Institution == b.Institution ? 1 : 0;
        features[11] = a.Venue is null || b.Venue is null ? -1 : a.Venue == b.Venue ? 1 : 0;
        features[12] = a.VenueTokens.Length > 0 && b.VenueTokens.Length > 0 ? Jaccard(a.VenueTokens, b.VenueTokens) : -1;
        features[13] = a.TitleTokens.Length > 0 && b.TitleTokens.Length > 0
            ? (float)WeightedCosine(a.TitleTokens, b.TitleTokens, statistics.TitleWeight)
            : -1;
        features[14] = a.Concepts.Length > 0 && b.Concepts.Length > 0 ? ConceptCosine(a.Concepts, b.Concepts) : -1;
        features[15] = a.Year is { } ya && b.Year is { } yb ? Math.Abs(ya - yb) : -1;
        features[16] = a.Email is null || b.Email is null ? -1 : a.Email == b.Email ? 1 : 0;
        features[17] = a.EmailDomain is null || b.EmailDomain is null ? -1 : a.EmailDomain == b.EmailDomain ? 1 : 0;
        features[18] = Agreement(a.Orcid, b.Orcid);
        features[19] = Agreement(a.SourceAuthorId, b.SourceAuthorId);
        features[20] = a.Classifications.Length > 0 && b.Classifications.Length > 0 ? Jaccard(a.Classifications, b.Classifications) : -1;
        // Absolute weight of what is shared: two affiliations of only generic words ("University, China") are
        // cosine-similar but share little weight.
        features[21] = (float)Overlap(a.AffiliationTokens, b.AffiliationTokens, statistics.AffiliationWeight).Weight;
        features[22] = (float)Overlap(a.TitleTokens, b.TitleTokens, statistics.TitleWeight).Weight;
        features[23] = commonNeighbours;
        features[24] = commonNeighbours < 0 ? -1 : a.Coauthors.Length > 0 && b.Coauthors.Length > 0 ? 1 : 0;
        features[25] = fragmentation;
    }

    /// <summary>2: the same first given name in full; 1: compatible initials (one is only an initial); 0: different.</summary>
    private static float FirstGivenRelation(MentionProfile a, MentionProfile b)
    {
        if (a.FirstGiven is { } ga && b.FirstGiven is { } gb) return ga == gb ? 2 : 0;
        var ia = Initial(a.BlockingKey);
        var ib = Initial(b.BlockingKey);
        return ia.Length > 0 && ia == ib ? 1 : 0;
    }

    private static string Initial(string blockingKey) => blockingKey[(blockingKey.IndexOf('|', StringComparison.Ordinal) + 1)..];

    /// <summary>1: both have middle initials and one starts the other; -1: both have them and they differ; 0: unknown.</summary>
    private static float MiddleRelation(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        return a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal) ? 1 : -1;
    }

    /// <summary>1: both carry the id and it is the same; -1: both carry it and it differs; 0: unknown.</summary>
    private static float Agreement(string? a, string? b) =>
        a is null || b is null ? 0 : string.Equals(a, b, StringComparison.OrdinalIgnoreCase) ? 1 : -1;

    /// <summary>Longest second set searched element by element; a longer one is searched in a sorted copy.</summary>
    private const int ScannedSet = 32;

    /// <summary>
    /// What two sets share: how many ids, the size of their union, and the weights of the shared ones summed in
    /// <paramref name="a"/>'s order (its texts' ordinal order: the order a merge of two sorted string arrays summed them in).
    /// </summary>
    private static (int Shared, int Union, double Weight) Overlap(int[] a, int[] b, Func<int, double> weight)
    {
        var shared = 0;
        double total = 0;
        if (a.Length == 0 || b.Length == 0) return (0, a.Length + b.Length, 0);
        if (b.Length <= ScannedSet)
        {
            foreach (var id in a)
            {
                if (!b.AsSpan().Contains(id)) continue;
                shared++;
                total += weight(id);
            }
        }
        else
        {
            var sorted = System.Buffers.ArrayPool<int>.Shared.Rent(b.Length);
            try
            {
                var set = sorted.AsSpan(0, b.Length);
                b.CopyTo(set);
                set.Sort();
                foreach (var id in a)
                {
                    if (set.BinarySearch(id) < 0) continue;
                    shared++;
                    total += weight(id);
                }
            }
            finally
            {
                System.Buffers.ArrayPool<int>.Shared.Return(sorted);
            }
        }

        return (shared, a.Length + b.Length - shared, total);
    }

    private static float Jaccard(int[] a, int[] b)
    {
        var (shared, union, _) = Overlap(a, b, static _ => 0);
        return union == 0 ? 0 : (float)shared / union;
    }

    private static double WeightedCosine(int[] a, int[] b, Func<int, double> weight)
    {
        var (_, _, dot) = Overlap(a, b, t => weight(t) * weight(t));
        var na = a.Sum(t => weight(t) * weight(t));
        var nb = b.Sum(t => weight(t) * weight(t));
        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    /// <summary>Cosine of two unit-length concept vectors sorted by concept id.</summary>
    internal static float ConceptCosine((int Concept, float Weight)[] a, (int Concept, float Weight)[] b)
    {
        int i = 0, j = 0;
        double dot = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i].Concept == b[j].Concept) dot += a[i++].Weight * b[j++].Weight;
            else if (a[i].Concept < b[j].Concept) i++;
            else j++;
        }

        return (float)dot;
    }

    /// <summary>Jaro–Winkler similarity (prefix scale 0.1, up to four characters).</summary>
    internal static double JaroWinkler(string a, string b)
    {
        if (a == b) return 1;
        if (a.Length == 0 || b.Length == 0) return 0;
        var window = Math.Max(0, Math.Max(a.Length, b.Length) / 2 - 1);
        var matchedA = new bool[a.Length];
        var matchedB = new bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            for (var j = Math.Max(0, i - window); j < Math.Min(b.Length, i + window + 1); j++)
            {
                if (matchedB[j] || a[i] != b[j]) continue;
                matchedA[i] = matchedB[j] = true;
                matches++;
                break;
            }
        }

        if (matches == 0) return 0;
        var transpositions = 0;
        for (int i = 0, k = 0; i < a.Length; i++)
        {
            if (!matchedA[i]) continue;
            while (!matchedB[k]) k++;
            if (a[i] != b[k]) transpositions++;
            k++;
        }

        double m = matches;
        var jaro = (m / a.Length + m / b.Length + (m - transpositions / 2.0) / m) / 3;
        var prefix = 0;
        while (prefix < Math.Min(4, Math.Min(a.Length, b.Length)) && a[prefix] == b[prefix]) prefix++;
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
