using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ExpertGraph.Resolution.Gold;

/// <summary>
/// Reads an S2AND set (signatures.json + clusters.json; the Qian set here): one mention per signature, person = cluster
/// id, group = the signature's name block. The files are deserialized from the stream (no whole-file string), and a
/// signature without a cluster, in two clusters, or a cluster naming an unknown signature is counted in the notes.
/// </summary>
internal static class S2AndGoldReader
{
    public const string SignaturesFile = "signatures.json";
    public const string ClustersFile = "clusters.json";

    public static bool IsS2AndFolder(string folder) =>
        File.Exists(Path.Combine(folder, SignaturesFile)) && File.Exists(Path.Combine(folder, ClustersFile));

    public static GoldSet Read(string folder)
    {
        var setName = "s2and/" + Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        var signaturesFile = Path.Combine(folder, SignaturesFile);
        var clustersFile = Path.Combine(folder, ClustersFile);
        var signatures = Deserialize(signaturesFile, S2AndJsonContext.Default.DictionaryStringS2AndSignature);
        var clusters = Deserialize(clustersFile, S2AndJsonContext.Default.DictionaryStringS2AndCluster);
        var notes = new List<string>();

        var clusterOf = new Dictionary<string, string>(StringComparer.Ordinal);
        int unknown = 0, twice = 0;
        foreach (var (key, cluster) in clusters)
        {
            var clusterId = cluster.ClusterId ?? key;
            foreach (var signatureId in cluster.SignatureIds ?? [])
            {
                if (!signatures.ContainsKey(signatureId))
                {
                    unknown++;
                    notes.Add($"{ClustersFile}: cluster {clusterId} names signature {signatureId}, which {SignaturesFile} does not have");
                }
                else if (!clusterOf.TryAdd(signatureId, clusterId))
                {
                    twice++;
                    notes.Add($"{ClustersFile}: signature {signatureId} is in cluster {clusterOf[signatureId]} and again in {clusterId}: "
                        + "the first is kept");
                }
            }
        }

        var namesByPaper = new Dictionary<long, List<(string SignatureId, string Name)>>();
        var parsed = new List<(string SignatureId, long? PaperId, S2AndAuthorInfo Info, string Name)>();
        int unclustered = 0, broken = 0;
        foreach (var (key, signature) in signatures)
        {
            var signatureId = signature.SignatureId ?? key;
            if (signature.AuthorInfo is null)
            {
                broken++;
                notes.Add($"{SignaturesFile}: signature {signatureId} has no author_info: quarantined");
                continue;
            }

            var info = signature.AuthorInfo;
            var name = string.Join(' ', new[] { info.First, info.Middle, info.Last, info.Suffix }
                .Where(part => !string.IsNullOrWhiteSpace(part)).Select(part => part!.Trim()));
            parsed.Add((signatureId, signature.PaperId, info, name));
            if (signature.PaperId is { } paper)
            {
                if (!namesByPaper.TryGetValue(paper, out var list)) namesByPaper[paper] = list = [];
                list.Add((signatureId, name));
            }
        }

        var mentions = new List<GoldMention>(parsed.Count);
        var withCoauthors = 0;
        foreach (var (signatureId, paperId, info, name) in parsed)
        {
            if (!clusterOf.TryGetValue(signatureId, out var person))
            {
                unclustered++;
                notes.Add($"{SignaturesFile}: signature {signatureId} is in no cluster: quarantined");
                continue;
            }

            var coauthors = paperId is { } paper
                ? namesByPaper[paper].Where(other => other.SignatureId != signatureId).Select(other => other.Name).ToList()
                : [];
            if (coauthors.Count > 0) withCoauthors++;
            var signature = new MentionSignature($"{setName.Replace('/', ':')}:{signatureId}", name)
            {
                WorkId = paperId?.ToString(CultureInfo.InvariantCulture),
                Coauthors = coauthors,
                Affiliations = (info.Affiliations ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).ToList(),
                Email = string.IsNullOrWhiteSpace(info.Email) ? null : info.Email.Trim(),
            };
            mentions.Add(new GoldMention(signature, person, info.Block ?? ""));
        }

        var blocksPerPerson = mentions.GroupBy(m => m.Person, StringComparer.Ordinal)
            .Count(person => person.Select(m => m.Group).Distinct(StringComparer.Ordinal).Skip(1).Any());
        notes.InsertRange(0,
        [
            $"{N(signatures.Count)} signatures, {N(clusters.Count)} clusters, {N(mentions.Count)} mentions; "
                + "person = cluster id, group = author_info.block",
            $"papers.json is not in this copy: no titles, venues or years; co-authors are only the other signatures of the same paper_id "
                + $"in the set, which {N(withCoauthors)} mentions have",
            $"{N(unclustered)} signatures in no cluster, {N(twice)} in two clusters, {N(unknown)} cluster entries naming no signature, "
                + $"{N(broken)} signatures without author_info",
            $"{N(blocksPerPerson)} persons span two or more name blocks: a split by group can put one person on both sides",
        ]);
        return new GoldSet(setName, folder) { Mentions = mentions, Notes = notes };
    }

    private static Dictionary<string, T> Deserialize<T>(string file, JsonTypeInfo<Dictionary<string, T>> typeInfo)
    {
        try
        {
            using var stream = File.OpenRead(file);
            return JsonSerializer.Deserialize(stream, typeInfo)
                ?? throw new GoldFormatException(file, "the JSON is null, expected an object keyed by id");
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? -1) + 1;
            var position = (e.BytePositionInLine ?? -1) + 1;
            throw new GoldFormatException(file, line, position, $"not the expected JSON at {e.Path}: {e.Message}", e);
        }
    }

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
