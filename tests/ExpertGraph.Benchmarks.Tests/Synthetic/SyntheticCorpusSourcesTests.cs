namespace ExpertGraph.Benchmarks.Tests.Synthetic;

/// <summary>Names, institutions and title words of the corpus are found in the real source files, read independently.</summary>
public sealed class SyntheticCorpusSourcesTests
{
    // Read off CC-CEDICT: 張 张 [Zhang1] /surname Zhang/, 王 [Wang2], 李 [Li3], 劉 刘 [Liu2], 陳 陈 [Chen2], 楊 杨 [Yang2], 呂 吕 [Lu:3].
    private static readonly Dictionary<string, string> CedictSurnames = new(StringComparer.Ordinal)
    {
        ["张"] = "Zhang", ["王"] = "Wang", ["李"] = "Li", ["刘"] = "Liu", ["陈"] = "Chen", ["杨"] = "Yang", ["吕"] = "Lyu",
    };

    [Test]
    public void Write_TenThousandWorks_HanziNamesAreNsfcInvestigatorNames()
    {
        var grants = SourceFiles.NsfcGrants(GeneratedCorpus.DataRoot()).Select(grant => grant["personText"]).ToList();
        var surnameCharacters = grants.Where(name => name.Length > 0).Select(name => name[0]).ToHashSet();
        var nameCharacters = grants.SelectMany(name => name).ToHashSet();
        var hanziNames = HanziNames().ToList();

        Assert.That(hanziNames, Has.Count.GreaterThan(100));
        Assert.That(hanziNames, Has.All.Matches<string>(name => name.Length is >= 2 and <= 4 && surnameCharacters.Contains(name[0])
            && name.All(nameCharacters.Contains)));
    }

    [Test]
    public void Write_TenThousandWorks_LatinNameWordsComeFromCsRankingsOrArePinyin()
    {
        var root = GeneratedCorpus.DataRoot();
        var facultyWords = SourceFiles.CsRankingsNameWords(root);
        var syllables = SourceFiles.PinyinSyllables(root);
        var latinNames = Authors().Select(author => author.Name).Where(name => !name.Any(IsHan)).Distinct().ToList();

        var foreign = latinNames.Where(name => !name.Split(' ').All(word =>
            facultyWords.Contains(word) || word.Split('-').All(part => SourceFiles.IsPinyin(part, syllables)))).ToList();

        Assert.That(latinNames, Has.Count.GreaterThan(2_000));
        Assert.That(foreign, Is.Empty);
    }

    [Test]
    public void Write_TenThousandWorks_HanziAndLatinNamesOfAPersonAgreeOnTheSurname()
    {
        var namesById = Authors().GroupBy(author => author.Id)
            .Select(group => group.Select(author => author.Name).Distinct().ToList())
            .Where(names => names.Count == 2)
            .ToList();
        var checkedSurnames = 0;
        foreach (var names in namesById)
        {
            var hanzi = names.Single(name => name.Any(IsHan));
            var latin = names.Single(name => !name.Any(IsHan));
            if (!CedictSurnames.TryGetValue(hanzi[..1], out var surname)) continue;
            checkedSurnames++;
            Assert.That(latin, Does.EndWith(" " + surname), hanzi);
        }

        Assert.That(checkedSurnames, Is.GreaterThan(10));
    }

    [Test]
    public void Write_TenThousandWorks_InstitutionsAndCountriesAreCsRankings()
    {
        var countries = SourceFiles.InstitutionCountries(GeneratedCorpus.DataRoot());
        var institutions = Authors().Select(author => (author.InstitutionName, author.CountryCode)).Distinct().ToList();

        Assert.That(institutions, Has.Count.GreaterThan(100));
        Assert.That(institutions, Has.All.Matches<(string Name, string Country)>(institution =>
            countries.TryGetValue(institution.Name, out var country) && country == institution.Country));
        // country-info.csv writes the UK as "uk"; OpenAlex, like ISO 3166, as "GB".
        Assert.That(institutions.Select(institution => institution.CountryCode), Does.Contain("GB").And.Contain("CN").And.Contain("US")
            .And.Not.Contain("UK"));
    }

    [Test]
    public void Write_TenThousandWorks_EnglishTitleWordsAreWordsOfRealTitlesAndTopics()
    {
        var words = SourceFiles.TitleAndTopicWords(GeneratedCorpus.DataRoot());
        var titleWords = Works().Where(work => work.Language == "en")
            .SelectMany(work => work.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(word => word.Trim('.', ',', ':', ';', '(', ')'))
            .Where(word => word.Length > 0)
            .Distinct()
            .ToList();

        Assert.That(titleWords, Has.Count.GreaterThan(1_000));
        Assert.That(titleWords.Where(word => !words.Contains(word)), Is.Empty);
    }

    [Test]
    public void Write_TenThousandWorks_ChineseTitlesAreBuiltFromNsfcKeywords()
    {
        var keywords = SourceFiles.NsfcGrants(GeneratedCorpus.DataRoot())
            .SelectMany(grant => grant["keywords"].Split(['；', ';', '，', ','], StringSplitOptions.TrimEntries))
            .Where(keyword => keyword.Length >= 2)
            .ToHashSet(StringComparer.Ordinal);
        var titles = Works().Where(work => work.Language == "zh").Select(work => work.Title).ToList();

        Assert.That(titles, Has.Count.GreaterThan(500));
        Assert.That(titles, Has.All.Matches<string>(title => keywords.Any(keyword => title.StartsWith(keyword, StringComparison.Ordinal)
            || title.StartsWith("基于" + keyword, StringComparison.Ordinal))));
    }

    private static IReadOnlyList<ParsedWork> Works() => GeneratedCorpus.TenThousandWorks().Parsed;

    private static IEnumerable<ParsedAuthor> Authors() => Works().SelectMany(work => work.Authors);

    private static IEnumerable<string> HanziNames() => Authors().Select(author => author.Name).Where(name => name.Any(IsHan)).Distinct();

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
