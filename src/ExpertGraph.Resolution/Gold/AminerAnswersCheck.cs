using System.Globalization;

namespace ExpertGraph.Resolution.Gold;

/// <summary>
/// Compares the XML &lt;label&gt; partition with the answers files, name by name, and says in notes where they differ:
/// publications the answers leave out, ids they repeat, and publications they put with another person.
/// </summary>
internal sealed class AminerAnswersCheck
{
    private readonly List<string> _disagreements = [];
    private readonly List<string> _twoClusters = [];
    private readonly List<string> _clusterAndUnassigned = [];
    private readonly List<string> _neither = [];
    private int _unassignedOnly;
    private int _repeatedIds;
    private int _notInData;

    public IReadOnlyList<string> Disagreements => _disagreements;

    public void Add(string name, IReadOnlyList<AminerPublication> publications, AminerAnswers answers)
    {
        var inData = new HashSet<string>(StringComparer.Ordinal);
        var single = new List<(AminerPublication Publication, int Cluster)>();
        foreach (var publication in publications)
        {
            inData.Add(publication.Id);
            var unassigned = answers.Unassigned.Contains(publication.Id);
            var clusters = answers.ClustersOf.GetValueOrDefault(publication.Id);
            var where = $"{name} {publication.Id}";
            if (clusters is null && unassigned) _unassignedOnly++;
            else if (clusters is null) _neither.Add(where);
            else if (clusters.Count > 1) _twoClusters.Add($"{where} (#{string.Join(", #", clusters)})");
            else single.Add((publication, clusters[0]));

            if (clusters is not null && unassigned) _clusterAndUnassigned.Add(where);
        }

        _repeatedIds += answers.RepeatedIds;
        _notInData += answers.ClustersOf.Keys.Concat(answers.Unassigned).Distinct(StringComparer.Ordinal).Count(id => !inData.Contains(id));
        FindDisagreements(name, single);
    }

    public IEnumerable<string> Notes()
    {
        yield return Count(_disagreements.Count) + " publications placed differently by <label> and the answers files (<label> kept): "
            + List(_disagreements);
        yield return Count(_unassignedOnly) + " publications are only under '#!' (unassigned) in the answers files and "
            + Count(_neither.Count) + " in no line at all (" + List(_neither) + "): each keeps its <label>";
        yield return Count(_repeatedIds) + " ids are written more than once in the answers files; in two clusters: "
            + List(_twoClusters) + "; in a cluster and under '#!': " + List(_clusterAndUnassigned);
        yield return Count(_notInData) + " ids in the answers files have no publication in the data files "
            + "(the answers cover the original, larger lists)";
    }

    private void FindDisagreements(string name, List<(AminerPublication Publication, int Cluster)> single)
    {
        var clustersOfLabel = Tally(single, item => item.Publication.Label, item => item.Cluster.ToString(CultureInfo.InvariantCulture));
        var labelsOfCluster = Tally(single, item => item.Cluster.ToString(CultureInfo.InvariantCulture), item => item.Publication.Label);
        foreach (var (publication, cluster) in single)
        {
            var clusterKey = cluster.ToString(CultureInfo.InvariantCulture);
            var byLabel = clustersOfLabel[publication.Label];
            var byCluster = labelsOfCluster[clusterKey];
            if ((byLabel.Count > 1 && Majority(byLabel) != clusterKey) || (byCluster.Count > 1 && Majority(byCluster) != publication.Label))
                _disagreements.Add($"{name} {publication.Id} (label {publication.Label}, answers #{clusterKey})");
        }
    }

    private static Dictionary<string, Dictionary<string, int>> Tally<T>(List<T> items, Func<T, string> key, Func<T, string> value)
    {
        var tally = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!tally.TryGetValue(key(item), out var counts)) tally[key(item)] = counts = new(StringComparer.Ordinal);
            counts[value(item)] = counts.GetValueOrDefault(value(item)) + 1;
        }

        return tally;
    }

    private static string Majority(Dictionary<string, int> counts) =>
        counts.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).First().Key;

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string List(List<string> items) => items.Count == 0 ? "none" : string.Join("; ", items);
}
