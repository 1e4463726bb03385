using System.Globalization;

namespace ExpertGraph.Resolution.Gold;

/// <summary>
/// Reads the PatentsView inventor benchmarks: one set per CSV ("patentsview/&lt;file stem&gt;"), one mention per row.
/// mention_id "US7152514-3" is inventor 3 of patent US7152514; unique_id is the gold person. Name columns are
/// raw_inventor_name_first/last or name_first/last. The group is the folded family name (before any ", Jr." or
/// ", deceased") + "|" + the folded first letter of the first name, the block a split keeps together.
/// </summary>
internal static class InventorGoldReader
{
    public const string SetPrefix = "patentsview/";
    private static readonly string[] FirstNameColumns = ["raw_inventor_name_first", "name_first"];
    private static readonly string[] LastNameColumns = ["raw_inventor_name_last", "name_last"];

    /// <summary>True when the first line is a header with mention_id and unique_id.</summary>
    public static bool IsInventorFile(string file) =>
        Path.GetExtension(file).Equals(".csv", StringComparison.OrdinalIgnoreCase)
        && Header(file) is { } header && header.Contains("mention_id") && header.Contains("unique_id");

    public static IReadOnlyList<GoldSet> ReadFolder(string folder) =>
        Directory.EnumerateFiles(folder, "*.csv").Where(IsInventorFile).Order(StringComparer.Ordinal).Select(Read).ToList();

    public static GoldSet Read(string file)
    {
        var setName = SetPrefix + Path.GetFileNameWithoutExtension(file);
        var fileName = Path.GetFileName(file);
        using var reader = new StreamReader(file);
        using var rows = Rfc4180Reader.Read(reader).GetEnumerator();
        if (!rows.MoveNext()) throw new GoldFormatException(file, "empty file, expected a header with mention_id and unique_id");
        var header = rows.Current.Fields;
        var mentionColumn = Column(header, "mention_id");
        var personColumn = Column(header, "unique_id");
        var firstColumn = FirstNameColumns.Select(name => Column(header, name)).FirstOrDefault(i => i >= 0, -1);
        var lastColumn = LastNameColumns.Select(name => Column(header, name)).FirstOrDefault(i => i >= 0, -1);
        if (mentionColumn < 0 || personColumn < 0)
            throw new GoldFormatException(file, 1, 1, "the header has no mention_id or no unique_id column");

        if (firstColumn < 0 || lastColumn < 0)
        {
            var count = 0;
            while (rows.MoveNext()) count++;
            return new GoldSet(setName, file)
            {
                Notes =
                [
                    $"cannot be evaluated: the file has no inventor name columns (only {string.Join(", ", header)}) for its "
                        + $"{N(count)} mentions, and no patent records come with the gold data to look the names up: no mentions read",
                ],
            };
        }

        var read = new List<(string MentionId, string Patent, string Person, string First, string Last)>();
        var quarantine = new List<string>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var width = header.Count;
        while (rows.MoveNext())
        {
            var row = rows.Current;
            var where = $"{fileName}:{row.Line}";
            if (row.Error is not null || row.Fields.Count != width)
            {
                quarantine.Add($"{where}: {row.Error ?? $"{row.Fields.Count} fields, the header has {width}"}: quarantined");
                continue;
            }

            var mentionId = row.Fields[mentionColumn].Trim();
            var dash = mentionId.LastIndexOf('-');
            if (dash <= 0 || dash == mentionId.Length - 1 || mentionId.AsSpan(dash + 1).ContainsAnyExcept("0123456789"))
            {
                quarantine.Add($"{where}: mention_id \"{mentionId}\" is not <patent>-<sequence>: quarantined");
                continue;
            }

            if (!seen.TryAdd(mentionId, row.Line))
            {
                quarantine.Add($"{where}: mention_id {mentionId} repeats line {seen[mentionId]}: quarantined");
                continue;
            }

            read.Add((mentionId, mentionId[..dash], row.Fields[personColumn].Trim(), row.Fields[firstColumn].Trim(), row.Fields[lastColumn].Trim()));
        }

        var namesByPatent = read.ToLookup(r => r.Patent, StringComparer.Ordinal);
        var mentions = new List<GoldMention>(read.Count);
        var withoutName = 0;
        foreach (var (mentionId, patent, person, first, last) in read)
        {
            var name = string.Join(' ', new[] { first, last }.Where(part => part.Length > 0));
            if (name.Length == 0) withoutName++;
            var signature = new MentionSignature($"{setName}:{mentionId}", name)
            {
                WorkId = patent,
                Coauthors = namesByPatent[patent].Where(other => other.MentionId != mentionId)
                    .Select(other => string.Join(' ', new[] { other.First, other.Last }.Where(part => part.Length > 0))).ToList(),
            };
            mentions.Add(new GoldMention(signature, person, GroupOf(first, last)));
        }

        var notes = new List<string>
        {
            $"{N(mentions.Count)} mentions, {N(mentions.Select(m => m.Person).Distinct(StringComparer.Ordinal).Count())} persons; "
                + "work = patent of mention_id, co-authors = the other inventors of that patent in this file",
        };
        if (withoutName > 0)
            notes.Add($"{N(withoutName)} mentions have empty first and last names: kept (person and patent are known), their group is \"|\"");
        notes.AddRange(quarantine);
        return new GoldSet(setName, file) { Mentions = mentions, Notes = notes };
    }

    /// <summary>"Smalley, Jr." + "Jared J." → "smalley|j"; "Métraux" + "Gabriella" → "metraux|g".</summary>
    internal static string GroupOf(string first, string last)
    {
        var comma = last.IndexOf(',', StringComparison.Ordinal);
        var family = NameFolding.Fold(comma >= 0 ? last[..comma] : last).Trim();
        var given = NameFolding.Fold(first).Trim();
        return family + "|" + (given.Length > 0 ? given[..1] : "");
    }

    private static int Column(IReadOnlyList<string> header, string name)
    {
        for (var i = 0; i < header.Count; i++)
            if (string.Equals(header[i].Trim(), name, StringComparison.Ordinal)) return i;
        return -1;
    }

    private static HashSet<string>? Header(string file)
    {
        using var reader = new StreamReader(file);
        return reader.ReadLine()?.Split(',').Select(field => field.Trim().Trim('"')).ToHashSet(StringComparer.Ordinal);
    }

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
