using System.Text.RegularExpressions;

namespace ExpertGraph.Benchmarks.Synthetic;

/// <summary>
/// Institutions, countries and Latin name frequencies read from CSRankings (29.5k CS faculty). Names are drawn per
/// country so a Korean institution gets Korean names and a German one German names.
/// </summary>
internal sealed partial class FacultyDirectory
{
    private const int MinimumPoolRows = 150;
    private const int MinimumShareRows = 30;
    private const string World = "";

    private readonly Dictionary<string, LatinNamePool> _pools;
    private readonly Dictionary<string, string> _regionOfCountry;

    private FacultyDirectory(IReadOnlyList<InstitutionSource> institutions, Dictionary<string, LatinNamePool> pools,
        Dictionary<string, string> regionOfCountry)
    {
        Institutions = institutions;
        _pools = pools;
        _regionOfCountry = regionOfCountry;
    }

    public IReadOnlyList<InstitutionSource> Institutions { get; }

    public LatinNamePool PoolFor(string countryCode)
    {
        if (_pools.TryGetValue(countryCode, out var pool)) return pool;
        if (_regionOfCountry.TryGetValue(countryCode, out var region) && _pools.TryGetValue(region, out pool)) return pool;
        return _pools[World];
    }

    public static FacultyDirectory Load(string csrankingsCsv, string institutionsCsv, string countryInfoCsv, PinyinTable pinyin)
    {
        // CSRankings lists institutions outside country-info.csv under the US.
        var countryOf = new Dictionary<string, (string Country, string Region)>(StringComparer.Ordinal);
        foreach (var row in CsvRows.ReadWithHeader(countryInfoCsv, "institution", "region", "countryabbrv"))
        {
            var code = row("countryabbrv").Trim().ToUpperInvariant();
            countryOf[row("institution").Trim()] = (code == "UK" ? "GB" : code, row("region").Trim());
        }

        (string Country, string Region) Locate(string institution) =>
            countryOf.TryGetValue(institution, out var place) ? place : ("US", "northamerica");

        var faculty = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in CsvRows.ReadWithHeader(institutionsCsv, "institution"))
            if (row("institution").Trim() is { Length: > 0 } name) faculty[name] = 0;

        var tallies = new Dictionary<string, NamePoolTally>(StringComparer.Ordinal);
        NamePoolTally TallyFor(string key) => tallies.TryGetValue(key, out var tally) ? tally : tallies[key] = new NamePoolTally();

        var seenPeople = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in CsvRows.ReadWithHeader(csrankingsCsv, "name", "affiliation", "homepage"))
        {
            // One faculty member has several rows, one per DBLP alias; the homepage identifies them.
            var homepage = row("homepage").Trim();
            if (!seenPeople.Add(homepage.Length > 0 ? homepage : row("name"))) continue;
            if (!TrySplitName(row("name"), out var given, out var familyName)) continue;

            var affiliation = row("affiliation").Trim();
            faculty[affiliation] = faculty.GetValueOrDefault(affiliation) + 1;
            var (country, region) = Locate(affiliation);
            var chinese = pinyin.SurnameSpellings.Contains(familyName)
                && given.Split(' ').Length <= 2 && given.Split(' ').All(pinyin.IsPinyinWord);
            foreach (var key in new[] { country, region, World })
                TallyFor(key).Add(given, familyName, chinese);
        }

        var regionOfCountry = new Dictionary<string, string>(StringComparer.Ordinal) { ["US"] = "northamerica" };
        foreach (var (country, region) in countryOf.Values) regionOfCountry[country] = region;

        var pools = new Dictionary<string, LatinNamePool>(StringComparer.Ordinal);
        foreach (var (key, tally) in tallies)
        {
            if (key != World && tally.LatinRows < MinimumPoolRows) continue;
            var shareSource = tally.Rows >= MinimumShareRows || key == World ? tally
                : tallies[regionOfCountry.GetValueOrDefault(key, World)];
            pools[key] = new LatinNamePool(WeightedChoice<string>.FromCounts(tally.Given),
                WeightedChoice<string>.FromCounts(tally.Family), (double)shareSource.ChineseRows / shareSource.Rows);
        }

        // Chinese share of small countries comes from their region, even when their names come from the region too.
        foreach (var (country, region) in regionOfCountry)
            if (!pools.ContainsKey(country) && tallies.TryGetValue(country, out var own) && own.Rows >= MinimumShareRows
                && pools.TryGetValue(pools.ContainsKey(region) ? region : World, out var fallback))
                pools[country] = new LatinNamePool(fallback.Given, fallback.Family, (double)own.ChineseRows / own.Rows);

        var institutions = faculty.Keys.Order(StringComparer.Ordinal)
            .Select(name => new InstitutionSource(name, Locate(name).Country, Locate(name).Region, faculty[name]))
            .ToArray();
        if (institutions.Length == 0) throw new InvalidDataException($"{institutionsCsv}: no institutions");
        return new FacultyDirectory(institutions, pools, regionOfCountry);
    }

    /// <summary>
    /// "Wil M. P. van der Aalst" → ("Wil M. P.", "van der Aalst"); DBLP homonym numbers ("Wei Zhang 0001"), quoted
    /// nicknames and parenthesised ones are dropped.
    /// </summary>
    internal static bool TrySplitName(string raw, out string given, out string family)
    {
        var cleaned = Nickname().Replace(raw, " ");
        var tokens = cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(token => !token.All(char.IsAsciiDigit)).ToList();
        given = family = "";
        if (tokens.Count < 2) return false;

        var familyStart = tokens.Count - 1;
        while (familyStart > 1 && char.IsLower(tokens[familyStart - 1][0])) familyStart--;
        given = string.Join(' ', tokens.Take(familyStart));
        family = string.Join(' ', tokens.Skip(familyStart));
        return true;
    }

    [GeneratedRegex("\"[^\"]*\"|\\([^)]*\\)")]
    private static partial Regex Nickname();
}
