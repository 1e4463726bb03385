using System.Globalization;
using System.Text;
using ExpertGraph.Benchmarks.Synthetic;

namespace ExpertGraph.Benchmarks.Graph;

/// <summary>
/// A deterministic co-authorship graph shaped like a real one, for path benchmarks at a million persons. Persons live in
/// communities (an institution's group within a field; lognormal sizes), communities in fields. Each "paper" has 2–8
/// authors, mostly from the lead author's community, some from another community of the same field and a few from
/// anywhere; authors are drawn by a power-law productivity weight, so a few persons co-author with hundreds and degrees
/// are heavy-tailed. Every person leads one paper first (no isolated person), then papers are drawn until the graph has
/// exactly the requested number of distinct edges. Output ids are a seeded permutation of the persons, so an id says
/// nothing about a person's community.
/// </summary>
public sealed class SyntheticCollaborationGraph
{
    private const double MedianCommunitySize = 250;
    private const double CommunitySizeSpread = 1.0;
    private const int CommunitiesPerField = 40;
    private const double OtherCommunityInFieldShare = 0.12;
    private const double AnyCommunityShare = 0.03;
    private const double ProductivityExponent = 2.3;
    private const double ProductivityCap = 200;

    /// <summary>Share of papers with 2, 3, … 8 authors.</summary>
    private static readonly double[] TeamSizeShares = [0.24, 0.25, 0.20, 0.12, 0.08, 0.06, 0.05];

    private readonly SyntheticGraphOptions _options;
    private readonly Random _random;
    private readonly int[] _communityStart;
    private readonly int[] _communityOf;
    private readonly int[][] _fieldCommunities;
    private readonly int[] _fieldOf;
    private readonly double[] _cumulativeWeight;

    private SyntheticCollaborationGraph(SyntheticGraphOptions options)
    {
        options.Validate();
        _options = options;
        _random = new Random(options.Seed);
        var persons = options.Persons;

        var starts = new List<int> { 0 };
        while (starts[^1] < persons)
        {
            var size = (int)Math.Clamp(_random.NextLogNormal(MedianCommunitySize, CommunitySizeSpread), 10, 20_000);
            starts.Add(Math.Min(persons, starts[^1] + size));
        }

        _communityStart = [.. starts];
        var communities = _communityStart.Length - 1;
        _communityOf = new int[persons];
        for (var community = 0; community < communities; community++)
            _communityOf.AsSpan(_communityStart[community], _communityStart[community + 1] - _communityStart[community]).Fill(community);

        var fields = Math.Max(1, communities / CommunitiesPerField);
        _fieldOf = new int[communities];
        var members = Enumerable.Range(0, fields).Select(_ => new List<int>()).ToArray();
        for (var community = 0; community < communities; community++)
        {
            _fieldOf[community] = _random.Next(fields);
            members[_fieldOf[community]].Add(community);
        }

        _fieldCommunities = [.. members.Select(list => list.ToArray())];
        _cumulativeWeight = new double[persons];
        var total = 0.0;
        for (var person = 0; person < persons; person++)
        {
            total += _random.NextTruncatedPareto(ProductivityExponent, ProductivityCap);
            _cumulativeWeight[person] = total;
        }
    }

    public int Communities => _communityStart.Length - 1;

    /// <summary>The edges as sorted keys (smaller output id &lt;&lt; 32 | larger output id).</summary>
    public static long[] Generate(SyntheticGraphOptions options, out SyntheticGraphSummary summary)
    {
        ArgumentNullException.ThrowIfNull(options);
        var generator = new SyntheticCollaborationGraph(options);
        var edges = generator.DrawEdges(out var papers);
        summary = Summarize(options.Persons, edges, papers, generator.Communities);
        return edges;
    }

    /// <summary>Writes the graph as a SNAP edge list (each edge once, tab-separated, '#' header lines).</summary>
    public static SyntheticGraphSummary Write(SyntheticGraphOptions options, string path)
    {
        ArgumentNullException.ThrowIfNull(options);
        var edges = Generate(options, out var summary);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# Synthetic collaboration graph (ExpertGraph.Benchmarks): persons {options.Persons}, seed {options.Seed}, papers {summary.Papers}, communities {summary.Communities}"));
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# Nodes: {summary.Nodes} Edges: {summary.Edges}"));
        writer.WriteLine("# FromNodeId\tToNodeId");
        Span<char> line = stackalloc char[24];
        foreach (var edge in edges)
        {
            var from = (int)(edge >> 32);
            var to = (int)(edge & 0xFFFFFFFF);
            from.TryFormat(line, out var length, provider: CultureInfo.InvariantCulture);
            line[length++] = '\t';
            to.TryFormat(line[length..], out var second, provider: CultureInfo.InvariantCulture);
            length += second;
            line[length++] = '\n';
            writer.Write(line[..length]);
        }

        return summary;
    }

    private long[] DrawEdges(out long papers)
    {
        var persons = _options.Persons;
        var target = _options.Edges;
        var permutation = Enumerable.Range(0, persons).ToArray();
        _random.Shuffle(permutation);
        var edges = new HashSet<long>((int)Math.Min(target, int.MaxValue / 2));
        var authors = new int[TeamSizeShares.Length + 1];
        papers = 0;
        // Far more papers than any sane target needs: a guard against a shape that cannot reach it.
        var paperLimit = 1000 * target;
        while (edges.Count < target)
        {
            if (papers >= paperLimit) throw new InvalidOperationException($"{papers} papers gave only {edges.Count} of {target} edges");
            var lead = papers < persons ? (int)papers : PickWeighted(0, persons);
            var count = DrawAuthors(lead, authors);
            papers++;
            for (var i = 0; i < count && edges.Count < target; i++)
            {
                for (var j = i + 1; j < count && edges.Count < target; j++)
                {
                    var a = permutation[authors[i]];
                    var b = permutation[authors[j]];
                    edges.Add(a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a);
                }
            }
        }

        var sorted = edges.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    /// <summary>The lead and its co-authors, all different persons; returns how many.</summary>
    private int DrawAuthors(int lead, int[] authors)
    {
        var size = 2 + PickShare(TeamSizeShares);
        authors[0] = lead;
        var count = 1;
        var community = _communityOf[lead];
        // A tiny community may not have enough distinct members: a few tries, then the paper stays smaller.
        for (var attempt = 0; count < size && attempt < size * 8; attempt++)
        {
            var roll = _random.NextDouble();
            int author;
            if (roll < AnyCommunityShare)
            {
                author = PickWeighted(0, _cumulativeWeight.Length);
            }
            else if (roll < AnyCommunityShare + OtherCommunityInFieldShare)
            {
                var peers = _fieldCommunities[_fieldOf[community]];
                var other = peers[_random.Next(peers.Length)];
                author = PickWeighted(_communityStart[other], _communityStart[other + 1]);
            }
            else
            {
                author = PickWeighted(_communityStart[community], _communityStart[community + 1]);
            }

            if (Array.IndexOf(authors, author, 0, count) >= 0) continue;
            authors[count++] = author;
        }

        return count;
    }

    /// <summary>A person in [start, end) drawn in proportion to productivity weight (binary search in the running sum).</summary>
    private int PickWeighted(int start, int end)
    {
        var below = start == 0 ? 0 : _cumulativeWeight[start - 1];
        var point = below + (_random.NextDouble() * (_cumulativeWeight[end - 1] - below));
        int low = start, high = end - 1;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_cumulativeWeight[middle] > point) high = middle;
            else low = middle + 1;
        }

        return low;
    }

    private int PickShare(double[] shares)
    {
        var roll = _random.NextDouble();
        for (var i = 0; i < shares.Length - 1; i++)
        {
            roll -= shares[i];
            if (roll < 0) return i;
        }

        return shares.Length - 1;
    }

    private static SyntheticGraphSummary Summarize(int persons, long[] edges, long papers, int communities)
    {
        var degrees = new int[persons];
        foreach (var edge in edges)
        {
            degrees[(int)(edge >> 32)]++;
            degrees[(int)(edge & 0xFFFFFFFF)]++;
        }

        var present = degrees.Where(degree => degree > 0).Order().ToArray();
        return new SyntheticGraphSummary(present.Length, edges.LongLength, papers, communities,
            present.Length == 0 ? 0 : present[^1], present.Length == 0 ? 0 : 2.0 * edges.LongLength / present.Length,
            present.Length == 0 ? 0 : present[present.Length / 2]);
    }
}
