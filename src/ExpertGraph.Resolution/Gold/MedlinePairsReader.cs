using System.Globalization;
using System.Text;

namespace ExpertGraph.Resolution.Gold;

/// <summary>
/// Reads the MEDLINE same-author pairs of Vishnyakova et al. (1500_pairs_train.csv, 400_pairs_test.csv): ';'-separated
/// PMID1;Last_name1;Initials1;First_name1;PMID2;Last_name2;Initials2;First_name2;Authorship. A pair is a test pair when
/// its file name says "test" (the 400 file). Malformed rows are quarantined with file:line and reason in the notes.
/// </summary>
/// <remarks>
/// Quirks handled: labels with spaces around them (" YES", "NO ") are trimmed; "N0" (digit zero) is read as NO, a typo
/// on the evidence that the only labels in either file are YES and NO, the zero sits where the letter O goes, and its one
/// occurrence (400_pairs_test.csv:48, Berman "E R" PMID 14236718 vs "Elizabeth R" PMID 27285275, PMIDs about 52 years
/// apart) reads sensibly as NO; rows without a label or without a second mention are quarantined; the same pair given
/// twice with opposite labels (1500_pairs_train.csv:516/606, 517/607) is quarantined on both lines, a repeat with the
/// same label is kept once (two test pairs are also in the train file: the test copy is kept, the train copy
/// quarantined). The test file is ISO-8859-1, not UTF-8, and is decoded so; the train file has U+FFFD where letters
/// were lost upstream, kept as written. "null" in a name field means unknown: initials stand in for a missing first name.
/// </remarks>
internal static class MedlinePairsReader
{
    public const string SetName = "medline";
    private const int FieldCount = 9;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool IsPairsFile(string file) =>
        Path.GetExtension(file).Equals(".csv", StringComparison.OrdinalIgnoreCase)
        && FirstLine(file).StartsWith("PMID1;", StringComparison.Ordinal);

    public static IReadOnlyList<string> PairsFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.csv").Where(IsPairsFile).Order(StringComparer.Ordinal).ToList();

    public static GoldSet Read(string path, IReadOnlyList<string> files)
    {
        var notes = new List<string>();
        var quarantine = new List<(string File, int Line, string Reason)>();
        var rows = new List<MedlinePairRow>();
        var rowsRead = files.Sum(file => ReadFile(file, rows, quarantine, notes));

        var kept = new List<MedlinePairRow>();
        foreach (var same in rows.GroupBy(row => row.Key, StringComparer.Ordinal))
        {
            var group = same.ToList();
            if (group.Select(row => row.Pair.SamePerson).Distinct().Skip(1).Any())
            {
                foreach (var row in group)
                {
                    var others = string.Join(", ", group.Where(other => other != row).Select(other => $"{other.File}:{other.Line}"));
                    var label = row.Pair.SamePerson ? "YES" : "NO";
                    quarantine.Add((row.File, row.Line, $"the same pair is labelled {label} here and the opposite at {others}"));
                }

                continue;
            }

            // A pair in both files stays a test pair only: no held-out pair may be trained on.
            var keep = group.OrderByDescending(row => row.Pair.Test).First();
            kept.Add(keep);
            foreach (var repeat in group.Where(row => row != keep))
                quarantine.Add((repeat.File, repeat.Line, $"the same pair with the same label as {keep.File}:{keep.Line}, which is kept"));
        }

        var pairs = kept.OrderBy(row => row.File, StringComparer.Ordinal).ThenBy(row => row.Line).Select(row => row.Pair).ToList();
        notes.Insert(0, $"{N(rowsRead)} rows, "
            + $"{N(pairs.Count)} pairs ({N(pairs.Count(p => !p.Test))} train, {N(pairs.Count(p => p.Test))} test), "
            + $"{N(quarantine.Count)} rows quarantined; "
            + "no paper metadata (titles, co-authors, affiliations need PubMed look-ups): names and PMIDs only");
        notes.AddRange(quarantine.OrderBy(q => q.File, StringComparer.Ordinal).ThenBy(q => q.Line)
            .Select(q => $"{q.File}:{q.Line}: {q.Reason}: quarantined"));
        return new GoldSet(SetName, path) { Pairs = pairs, Notes = notes };
    }

    /// <summary>Reads the rows of one file into <paramref name="rows"/> or <paramref name="quarantine"/>; returns how many there were.</summary>
    private static int ReadFile(string file, List<MedlinePairRow> rows, List<(string File, int Line, string Reason)> quarantine, List<string> notes)
    {
        var name = Path.GetFileName(file);
        var test = Path.GetFileNameWithoutExtension(file).Contains("test", StringComparison.OrdinalIgnoreCase);
        var lines = Decode(file, notes).TrimStart('\uFEFF').Split('\n');
        var header = lines[0].TrimEnd('\r').Split(';');
        if (header.Length != FieldCount || header[0] != "PMID1")
            throw new GoldFormatException(file, 1, 1, $"expected the header PMID1;Last_name1;…;Authorship ({FieldCount} fields)");
        int spaced = 0, lost = 0, count = 0;
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var lineNumber = i + 1;
            if (line.Length == 0 && i == lines.Length - 1) break;
            count++;
            if (line.Contains('\uFFFD', StringComparison.Ordinal)) lost++;
            var fields = line.Split(';');
            if (fields.Length != FieldCount)
            {
                quarantine.Add((name, lineNumber, $"{fields.Length} fields, expected {FieldCount}"));
                continue;
            }

            var label = fields[8].Trim();
            if (label.Length != fields[8].Length) spaced++;
            var problem = Problem(fields, label);
            if (problem is not null)
            {
                quarantine.Add((name, lineNumber, problem));
                continue;
            }

            if (label == "N0")
                notes.Add($"{name}:{lineNumber}: Authorship \"N0\" read as NO (digit zero typed for the letter O; YES and NO are the only labels)");
            var first = Mention(fields[0], fields[1], fields[2], fields[3]);
            var second = Mention(fields[4], fields[5], fields[6], fields[7]);
            var pair = new GoldPair(first, second, label == "YES", test);
            rows.Add(new MedlinePairRow(name, lineNumber, pair, Key(first, second)));
        }

        if (spaced > 0) notes.Add($"{name}: {N(spaced)} Authorship labels with spaces around them, trimmed");
        if (lost > 0)
            notes.Add($"{name}: {N(lost)} rows hold U+FFFD where letters were lost before this copy (\"Rapha\uFFFDle\"): names kept as written");
        return count;
    }

    private static string? Problem(string[] fields, string label)
    {
        if (IsMissing(fields[4]) && IsMissing(fields[5])) return "the second mention is missing (PMID2 and Last_name2 are empty or \"null\")";
        for (var i = 0; i < 8; i += 4)
        {
            var pmid = fields[i].Trim();
            if (pmid.Length == 0 || pmid.AsSpan().ContainsAnyExcept("0123456789")) return $"PMID{i / 4 + 1} \"{pmid}\" is not a number";
            if (fields[i + 1].Trim().Length == 0) return $"Last_name{i / 4 + 1} is empty";
        }

        return label switch
        {
            "YES" or "NO" or "N0" => null,
            "" => "no Authorship label",
            _ => $"Authorship \"{label}\" is neither YES nor NO",
        };
    }

    private static bool IsMissing(string field) => field.Trim() is "" or "null";

    private static MentionSignature Mention(string pmid, string last, string initials, string first)
    {
        pmid = pmid.Trim();
        last = last.Trim();
        initials = IsMissing(initials) ? "" : initials.Trim();
        first = IsMissing(first) ? "" : first.Trim();
        var given = first.Length == 0 ? initials : first;
        return new MentionSignature($"medline:{pmid}:{last}:{initials}", given.Length == 0 ? last : given + " " + last) { WorkId = pmid };
    }

    /// <summary>The pair regardless of order: PMID, folded last name and initials of each side.</summary>
    private static string Key(MentionSignature first, MentionSignature second)
    {
        var a = NameFolding.Fold(first.Id);
        var b = NameFolding.Fold(second.Id);
        return string.CompareOrdinal(a, b) <= 0 ? a + "|" + b : b + "|" + a;
    }

    /// <summary>The text of the file: UTF-8 when it is valid UTF-8, ISO-8859-1 otherwise (said in the notes).</summary>
    private static string Decode(string file, List<string> notes)
    {
        var bytes = File.ReadAllBytes(file);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            notes.Add($"{Path.GetFileName(file)}: not UTF-8; read as ISO-8859-1 (Latin-1)");
            return Encoding.Latin1.GetString(bytes);
        }
    }

    private static string FirstLine(string file)
    {
        using var reader = new StreamReader(file, Encoding.Latin1);
        return reader.ReadLine() ?? "";
    }

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private sealed record MedlinePairRow(string File, int Line, GoldPair Pair, string Key);
}
