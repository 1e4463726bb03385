using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.VisualBasic.FileIO;

namespace ExpertGraph.Benchmarks.Tests.Synthetic;

/// <summary>
/// The shared source files read independently of the generator (a different CSV parser, plain regexes), so a test
/// that finds a generated name in these sets shows it came from the real data, not from the generator's own tables.
/// </summary>
internal static partial class SourceFiles
{
    public static IEnumerable<string[]> CsvRows(string path)
    {
        using var parser = new TextFieldParser(path) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        while (!parser.EndOfData)
            if (parser.ReadFields() is { } fields) yield return fields;
    }

    /// <summary>Every word of every CSRankings faculty name ("Wil", "M.", "van", "Aalst").</summary>
    public static HashSet<string> CsRankingsNameWords(string dataRoot) =>
        CsvRows(Path.Combine(dataRoot, "graphs/csrankings/head-2024-10/csrankings.csv")).Skip(1)
            .SelectMany(row => row[0].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Institution name → ISO country code: country-info.csv's code (uk is GB), else US as CSRankings does.</summary>
    public static Dictionary<string, string> InstitutionCountries(string dataRoot)
    {
        var countries = CsvRows(Path.Combine(dataRoot, "graphs/csrankings/head-2024-10/country-info.csv")).Skip(1)
            .ToDictionary(row => row[0], row => row[2] == "uk" ? "GB" : row[2].ToUpperInvariant(), StringComparer.Ordinal);
        return CsvRows(Path.Combine(dataRoot, "graphs/csrankings/head-2024-10/institutions.csv")).Skip(1)
            .Concat(CsvRows(Path.Combine(dataRoot, "graphs/csrankings/head-2024-10/csrankings.csv")).Skip(1))
            .Select(row => row.Length > 1 ? row[1] : row[0])
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(name => name, name => countries.GetValueOrDefault(name, "US"), StringComparer.Ordinal);
    }

    public static IEnumerable<Dictionary<string, string>> NsfcGrants(string dataRoot)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(dataRoot, "records/nsfc-china-grants/19_21"), "*.csv", System.IO.SearchOption.AllDirectories))
        {
            using var rows = CsvRows(file).GetEnumerator();
            if (!rows.MoveNext()) continue;
            var header = rows.Current;
            while (rows.MoveNext())
                yield return header.Zip(rows.Current).ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal);
        }
    }

    /// <summary>Toneless pinyin syllables in CC-CEDICT; ü (written u:) in all three spellings authors use.</summary>
    public static HashSet<string> PinyinSyllables(string dataRoot)
    {
        var syllables = new HashSet<string>(StringComparer.Ordinal);
        using var gzip = new GZipStream(File.OpenRead(Path.Combine(dataRoot, "vocabularies/cc-cedict/cedict_1_0_ts_utf-8_mdbg.txt.gz")),
            CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        while (reader.ReadLine() is { } line)
        {
            var pinyin = CedictPinyin().Match(line);
            if (!pinyin.Success) continue;
            foreach (var raw in pinyin.Groups[1].Value.ToLowerInvariant().Split(' '))
            {
                var syllable = raw.TrimEnd('1', '2', '3', '4', '5');
                if (!syllable.Any(c => "aeiou".Contains(c, StringComparison.Ordinal))) continue;
                syllables.Add(syllable.Replace("u:", "v", StringComparison.Ordinal));
                syllables.Add(syllable.Replace("u:", "yu", StringComparison.Ordinal));
                syllables.Add(syllable.Replace("u:", "u", StringComparison.Ordinal));
            }
        }

        return syllables;
    }

    /// <summary>Whether a word splits into syllables of the set: "Zhiqiang" → zhi + qiang.</summary>
    public static bool IsPinyin(string word, HashSet<string> syllables)
    {
        var text = word.ToLowerInvariant();
        var reachable = new bool[text.Length + 1];
        reachable[0] = true;
        for (var start = 0; start < text.Length; start++)
            for (var end = start + 1; reachable[start] && end <= Math.Min(text.Length, start + 6); end++)
                if (syllables.Contains(text[start..end])) reachable[end] = true;
        return text.Length > 0 && reachable[text.Length];
    }

    /// <summary>Words of the real titles (DBLP sample, OpenAlex works) and of the OpenAlex topic names and descriptions.</summary>
    public static HashSet<string> TitleAndTopicWords(string dataRoot)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void AddWords(string text)
        {
            foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) words.Add(word.Trim('.', ',', ':', ';', '(', ')'));
        }

        foreach (Match title in DblpTitle().Matches(File.ReadAllText(Path.Combine(dataRoot, "records/dblp-xml-sample/dblp-sample.xml"))))
            AddWords(System.Net.WebUtility.HtmlDecode(Markup().Replace(title.Groups[1].Value, "")));
        foreach (var line in File.ReadLines(Path.Combine(dataRoot, "records/openalex-works-json/works_biodiversity_finance_200.jsonl")))
        {
            using var work = System.Text.Json.JsonDocument.Parse(line);
            if (work.RootElement.GetProperty("title").GetString() is { } title)
                AddWords(System.Net.WebUtility.HtmlDecode(Markup().Replace(title, "")));
        }

        foreach (var line in File.ReadLines(Path.Combine(dataRoot, "vocabularies/openalex-topics/openalex_topics_hierarchy.tsv")))
        {
            var fields = line.Split('\t');
            AddWords(fields[1]);
            AddWords(fields[^1]);
        }

        return words;
    }

    [GeneratedRegex(@"\[([^\]]*)\]")]
    private static partial Regex CedictPinyin();

    [GeneratedRegex("<title>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex DblpTitle();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Markup();
}
