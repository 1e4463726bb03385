using System.Globalization;

namespace ExpertGraph.Resolution.Gold;

/// <summary>
/// One AMiner answers file, "&lt;Name&gt;(classify).txt": a "#&lt;Name&gt;" header, then "#k:id id …" for each person
/// and "#!:id …" for publications the answers leave unassigned.
/// </summary>
internal sealed class AminerAnswers
{
    private AminerAnswers(Dictionary<string, List<int>> clusters, HashSet<string> unassigned, int repeatedIds)
    {
        ClustersOf = clusters;
        Unassigned = unassigned;
        RepeatedIds = repeatedIds;
    }

    /// <summary>The distinct clusters (k of "#k:") each listed id is in, in file order.</summary>
    public IReadOnlyDictionary<string, List<int>> ClustersOf { get; }

    /// <summary>Ids listed under "#!:".</summary>
    public IReadOnlySet<string> Unassigned { get; }

    /// <summary>Ids written more than once anywhere in the file (in one cluster, two clusters, or a cluster and "#!").</summary>
    public int RepeatedIds { get; }

    /// <summary>Answers file of the name whose data file is <paramref name="stem"/>.xml; one of them is spelt "Eric Martin (classify).txt".</summary>
    public static string PathFor(string answersFolder, string stem)
    {
        var plain = Path.Combine(answersFolder, stem + "(classify).txt");
        if (File.Exists(plain)) return plain;
        var spaced = Path.Combine(answersFolder, stem + " (classify).txt");
        if (File.Exists(spaced)) return spaced;
        throw new GoldFormatException(plain, "answers file missing (also looked for \"" + stem + " (classify).txt\")");
    }

    public static AminerAnswers Read(string file)
    {
        var clusters = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var unassigned = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(file))
        {
            lineNumber++;
            var text = line.Trim();
            if (text.Length == 0) continue;
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            var key = colon > 1 && text[0] == '#' ? text[1..colon] : null;
            int? cluster = key is not null && key.All(char.IsAsciiDigit)
                ? int.Parse(key, NumberStyles.None, CultureInfo.InvariantCulture)
                : null;
            if (cluster is null && key != "!")
            {
                if (lineNumber == 1 && text[0] == '#') continue; // "#<Name>" header
                throw new GoldFormatException(file, lineNumber, 1, "expected '#<k>:' or '#!:' followed by publication ids");
            }

            foreach (var id in text[(colon + 1)..].Split(' ', '\t').Where(token => token.Length > 0))
            {
                seen[id] = seen.GetValueOrDefault(id) + 1;
                if (cluster is null)
                {
                    unassigned.Add(id);
                    continue;
                }

                if (!clusters.TryGetValue(id, out var list)) clusters[id] = list = [];
                if (!list.Contains(cluster.Value)) list.Add(cluster.Value);
            }
        }

        return new AminerAnswers(clusters, unassigned, seen.Count(pair => pair.Value > 1));
    }
}
