using ExpertGraph.Core.Model;

namespace ExpertGraph.Resolution.Gold;

/// <summary>
/// Reads the gold standards under a path, recognizing each by its content: AMiner (data/*.xml beside answers/), S2AND
/// (signatures.json + clusters.json), PatentsView inventor CSVs (header with mention_id and unique_id) and the MEDLINE
/// pairs (header PMID1;…). A folder holding none of them is searched one level down at a time (the whole
/// disambiguation folder returns every set). What is recognized but not read (record-linkage gold, S2AND's toy test
/// fixture, a folder with nothing known) comes back as a set without mentions whose note says why.
/// </summary>
public static class GoldSetReader
{
    private const int MaxDepth = 3;
    private const string UnknownPrefix = "unknown/";
    private const string Expected =
        "expected AMiner (data/*.xml beside answers/), S2AND (signatures.json + clusters.json), "
        + "PatentsView inventor CSVs (mention_id,unique_id,…) or MEDLINE pairs (PMID1;…)";

    /// <exception cref="UnknownFormatException">The path holds no known gold set.</exception>
    /// <exception cref="GoldFormatException">A file of a known set cannot be read; the message names file and position.</exception>
    public static IReadOnlyList<GoldSet> Read(string path)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full)) return ReadFile(full);
        if (!Directory.Exists(full)) throw new UnknownFormatException(full, "no such file or folder");
        var sets = ReadFolder(full, 0);
        if (sets.Count == 0 || sets.All(set => set.Name.StartsWith(UnknownPrefix, StringComparison.Ordinal)))
            throw new UnknownFormatException(full, "no gold set found: " + Expected);
        return sets;
    }

    private static IReadOnlyList<GoldSet> ReadFile(string file)
    {
        var name = Path.GetFileName(file);
        if (name is S2AndGoldReader.SignaturesFile or S2AndGoldReader.ClustersFile && S2AndGoldReader.IsS2AndFolder(Path.GetDirectoryName(file)!))
            return [S2AndGoldReader.Read(Path.GetDirectoryName(file)!)];
        if (Path.GetExtension(file).Equals(".xml", StringComparison.OrdinalIgnoreCase) && IsAminerDataFile(file))
            return [AminerGoldReader.ReadName(file)];
        if (InventorGoldReader.IsInventorFile(file)) return [InventorGoldReader.Read(file)];
        if (MedlinePairsReader.IsPairsFile(file)) return [MedlinePairsReader.Read(file, [file])];
        throw new UnknownFormatException(file, "not a gold-set file: " + Expected);
    }

    private static List<GoldSet> ReadFolder(string folder, int depth)
    {
        if (AminerGoldReader.IsAminerFolder(folder)) return [AminerGoldReader.Read(folder)];
        if (S2AndGoldReader.IsS2AndFolder(folder))
        {
            return Path.GetFileName(folder) == "dummy"
                ? [Skipped("s2and/dummy", folder, "S2AND's own unit-test fixture (5 toy signatures), not a gold standard")]
                : [S2AndGoldReader.Read(folder)];
        }

        if (IsRecordLinkage(folder))
        {
            return
            [
                Skipped(Path.GetFileName(folder), folder,
                    "record-linkage gold (DBLP and ACM records of the same paper; affiliation strings of the same organisation), "
                    + "not author mentions labelled with persons: not an author-resolution set"),
            ];
        }

        var sets = new List<GoldSet>(InventorGoldReader.ReadFolder(folder));
        var pairsFiles = MedlinePairsReader.PairsFiles(folder);
        if (pairsFiles.Count > 0) sets.Add(MedlinePairsReader.Read(folder, pairsFiles));
        if (sets.Count > 0 || depth == MaxDepth) return sets;

        foreach (var sub in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var found = ReadFolder(sub, depth + 1);
            if (found.Count > 0) sets.AddRange(found);
            else sets.Add(Skipped(UnknownPrefix + Path.GetFileName(sub), sub, "no known gold set in this folder: " + Expected));
        }

        return sets;
    }

    private static bool IsAminerDataFile(string file)
    {
        using var reader = new StreamReader(file);
        for (var i = 0; i < 5 && reader.ReadLine() is { } line; i++)
            if (line.TrimStart().StartsWith("<person>", StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>CSVs of records (id,title,authors,venue,year or id1,affil1) in the folder or one level down.</summary>
    private static bool IsRecordLinkage(string folder) =>
        Directory.EnumerateFiles(folder, "*.csv", new EnumerationOptions { MaxRecursionDepth = 1, RecurseSubdirectories = true })
            .Any(file =>
            {
                using var reader = new StreamReader(file);
                var header = (reader.ReadLine() ?? "").Replace("\"", "", StringComparison.Ordinal).Trim();
                return header is "id,title,authors,venue,year" or "id1,affil1";
            });

    private static GoldSet Skipped(string name, string path, string reason) =>
        new(name, path) { Notes = ["not read: " + reason] };
}
