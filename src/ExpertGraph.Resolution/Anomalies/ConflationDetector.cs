using System.Globalization;
using ExpertGraph.Resolution.Features;

namespace ExpertGraph.Resolution.Anomalies;

/// <summary>Why a person looks like several people resolved into one.</summary>
public enum ConflationSign
{
    /// <summary>More works in one calendar year than <see cref="ConflationDetector.HyperprolificWorksPerYear"/>.</summary>
    TooManyWorksInAYear,

    /// <summary>Two different ORCIDs, or two ids of one source.</summary>
    IncompatibleHardIds,

    /// <summary>The works fall into groups that share no co-author, venue or topic with each other.</summary>
    DisjointGroups,
}

/// <summary>One flag with what it rests on, in words a curator reads.</summary>
public sealed record ConflationFlag(ConflationSign Sign, string Evidence);

/// <summary>
/// Flags persons that look conflated, for curators: the "Jun Li" profile with 34,000 papers should have been caught.
/// Three signs, each with its evidence:
/// - more than 72 works in one calendar year, Ioannidis et al.'s bound for hyperprolific authors (Nature 561, 2018);
/// - incompatible hard ids: two ORCIDs, or two author ids of one source;
/// - disjoint groups: linking two works when they share a co-author, a venue, or a topic (lexicon concept cosine of at
///   least <see cref="TopicLink"/>), the works fall into two or more groups of at least <see cref="MinimumGroup"/>
///   works and a tenth of the person each.
/// A sign is evidence for a curator, not a verdict; the resolver never splits on it by itself.
/// </summary>
public static class ConflationDetector
{
    public const int HyperprolificWorksPerYear = 72;
    public const double TopicLink = 0.3;
    public const int MinimumGroup = 5;

    public static IReadOnlyList<ConflationFlag> Inspect(IReadOnlyList<MentionProfile> works)
    {
        ArgumentNullException.ThrowIfNull(works);
        var flags = new List<ConflationFlag>();
        var busiest = works.Where(w => w.Year is not null).GroupBy(w => w.Year!.Value).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).FirstOrDefault();
        if (busiest is not null && busiest.Count() > HyperprolificWorksPerYear)
            flags.Add(new ConflationFlag(ConflationSign.TooManyWorksInAYear, Invariant($"{busiest.Count()} works in {busiest.Key} (bound {HyperprolificWorksPerYear})")));

        var orcids = works.Select(w => w.Orcid).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        if (orcids.Count > 1) flags.Add(new ConflationFlag(ConflationSign.IncompatibleHardIds, "ORCIDs " + string.Join(", ", orcids)));
        foreach (var source in works.Select(w => w.SourceAuthorId).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)
                     .GroupBy(id => id[..Math.Max(0, id.LastIndexOf(':'))], StringComparer.Ordinal).Where(g => g.Count() > 1))
            flags.Add(new ConflationFlag(ConflationSign.IncompatibleHardIds, $"{source.Key} ids {string.Join(", ", source.Order(StringComparer.Ordinal))}"));

        var groups = Groups(works);
        var large = groups.Where(g => g.Count >= MinimumGroup && g.Count * 10 >= works.Count).ToList();
        if (large.Count > 1)
        {
            flags.Add(new ConflationFlag(ConflationSign.DisjointGroups, Invariant(
                $"{large.Count} groups of works sharing no co-author, venue or topic: {string.Join(", ", large.Select(g => g.Count))} works")));
        }

        return flags;
    }

    /// <summary>
    /// How sure the resolution is of each cluster of a block: the mean, over its mentions, of the probability that ties
    /// the mention to its cluster (its best probability to another member) or, for a mention alone, that it is alone
    /// (one minus its best probability to any other mention).
    /// </summary>
    public static IReadOnlyList<float> Confidence(int[] labels, float[] similarity)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(similarity);
        var n = labels.Length;
        var clusters = labels.Length == 0 ? 0 : labels.Max() + 1;
        var sums = new double[clusters];
        var counts = new int[clusters];
        for (var i = 0; i < n; i++)
        {
            float inside = 0, outside = 0;
            var alone = true;
            for (var j = 0; j < n; j++)
            {
                if (j == i) continue;
                var p = similarity[i * n + j];
                if (labels[j] == labels[i])
                {
                    alone = false;
                    inside = Math.Max(inside, p);
                }
                else outside = Math.Max(outside, p);
            }

            sums[labels[i]] += alone ? 1 - outside : inside;
            counts[labels[i]]++;
        }

        return Enumerable.Range(0, clusters).Select(c => (float)(sums[c] / counts[c])).ToList();
    }

    private static List<List<int>> Groups(IReadOnlyList<MentionProfile> works)
    {
        var parent = Enumerable.Range(0, works.Count).ToArray();
        int Root(int i)
        {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }

        for (var i = 0; i < works.Count; i++)
        {
            for (var j = i + 1; j < works.Count; j++)
            {
                if (Root(i) == Root(j) || !Linked(works[i], works[j])) continue;
                parent[Math.Max(Root(i), Root(j))] = Math.Min(Root(i), Root(j));
            }
        }

        return Enumerable.Range(0, works.Count).GroupBy(Root).Select(g => g.ToList()).OrderByDescending(g => g.Count).ToList();
    }

    private static bool Linked(MentionProfile a, MentionProfile b) =>
        a.Coauthors.Intersect(b.Coauthors).Any()
        || (a.Venue is not null && a.Venue == b.Venue && PairFeatures.ConceptCosine(a.Concepts, b.Concepts) >= TopicLink);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
