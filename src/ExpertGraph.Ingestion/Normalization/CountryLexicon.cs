using ExpertGraph.Core.Model;

namespace ExpertGraph.Ingestion.Normalization;

/// <summary>lexicon/countries.tsv, embedded in this assembly: one ISO 3166-1 country per line with its names.</summary>
internal sealed record CountryLexicon(IReadOnlyList<CountryLexicon.Entry> Entries)
{
    public const string ResourceName = "countries.tsv";

    public sealed record Entry(string Code, string EnglishName, IReadOnlyList<string> Aliases, IReadOnlyList<string> ChineseNames);

    public static CountryLexicon LoadEmbedded()
    {
        using var stream = typeof(CountryLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new ExpertGraphException($"embedded resource '{ResourceName}' is missing from {typeof(CountryLexicon).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    /// <summary>Reads the TSV; every malformed line is reported in one exception.</summary>
    public static CountryLexicon Parse(TextReader reader)
    {
        var entries = new List<Entry>();
        var problems = new List<string>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var columns = line.Split('\t');
            if (columns.Length != 4 || columns[0].Length != 2 || !columns[0].All(char.IsAsciiLetterUpper) || columns[1].Length == 0)
            {
                problems.Add($"line {lineNumber}: expected code<TAB>English name<TAB>aliases<TAB>Chinese names");
                continue;
            }

            entries.Add(new Entry(columns[0], columns[1], SplitNames(columns[2]), SplitNames(columns[3])));
        }

        if (problems.Count > 0) throw new ExpertGraphException($"{ResourceName}: " + string.Join("; ", problems));
        return new CountryLexicon(entries);
    }

    private static string[] SplitNames(string column) =>
        column.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
