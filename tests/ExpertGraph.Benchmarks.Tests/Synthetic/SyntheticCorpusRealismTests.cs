namespace ExpertGraph.Benchmarks.Tests.Synthetic;

/// <summary>The distributions that make a scale benchmark honest: productivity, team sizes, repeated collaboration.</summary>
public sealed class SyntheticCorpusRealismTests
{
    [Test]
    public void Write_TenThousandWorks_ProductivityIsHeavyTailed()
    {
        var worksPerPerson = Authors().GroupBy(author => author.Id).Select(group => group.Count()).Order().ToList();
        var median = worksPerPerson[worksPerPerson.Count / 2];
        TestContext.Out.WriteLine($"works per person: median {median}, max {worksPerPerson[^1]}");

        Assert.That(median, Is.InRange(1, 3));
        Assert.That(worksPerPerson[^1], Is.GreaterThanOrEqualTo(50 * median));
        Assert.That(worksPerPerson.Count(works => works <= 3), Is.GreaterThan(worksPerPerson.Count / 2), "most persons have 1–3 works");
    }

    [Test]
    public void Write_TenThousandWorks_TeamSizesHaveARealMedianAndAHeavyTail()
    {
        var teamSizes = Works().Select(work => work.Authors.Count).Order().ToList();
        TestContext.Out.WriteLine($"team size: median {teamSizes[teamSizes.Count / 2]}, max {teamSizes[^1]}");

        Assert.That(teamSizes[teamSizes.Count / 2], Is.InRange(3, 6));
        Assert.That(teamSizes.Count(size => size > 25), Is.GreaterThan(10));
        Assert.That(teamSizes[^1], Is.GreaterThanOrEqualTo(50), "a large collaboration for the large-team edge rule");
        Assert.That(teamSizes.Count(size => size == 1), Is.GreaterThan(0), "single-author works");
    }

    [Test]
    public void Write_TenThousandWorks_CoauthorsCollaborateAgain()
    {
        var pairs = new Dictionary<(string, string), int>();
        foreach (var work in Works().Where(work => work.Authors.Count <= 30))
        {
            var ids = work.Authors.Select(author => author.Id).Order(StringComparer.Ordinal).ToList();
            for (var i = 0; i < ids.Count; i++)
                for (var j = i + 1; j < ids.Count; j++)
                    pairs[(ids[i], ids[j])] = pairs.GetValueOrDefault((ids[i], ids[j])) + 1;
        }

        var repeated = (double)pairs.Values.Count(count => count > 1) / pairs.Count;
        TestContext.Out.WriteLine($"co-author pairs: {pairs.Count}, repeated {repeated:P1}, most {pairs.Values.Max()}");

        Assert.That(repeated, Is.GreaterThan(0.05));
    }

    [Test]
    public void Write_TenThousandWorks_AboutOneWorkInTenIsInChinese()
    {
        var works = Works();
        var chinese = works.Where(work => work.Language == "zh").ToList();

        Assert.That((double)chinese.Count / works.Count, Is.InRange(0.07, 0.13));
        Assert.That(chinese, Has.All.Matches<ParsedWork>(work => work.Title.Any(IsHan)));
        Assert.That(chinese, Has.All.Matches<ParsedWork>(work => work.Authors[0].Name.All(IsHan)), "a Chinese work's first author writes in hanzi");
        Assert.That(works.Where(work => work.Language == "en").SelectMany(work => work.Authors), Has.None.Matches<ParsedAuthor>(author => author.Name.Any(IsHan)));
    }

    [Test]
    public void Write_TenThousandWorks_YearsSkewTowardsRecent()
    {
        var years = Works().Select(work => work.Year).ToList();

        Assert.That(years, Has.All.InRange(1990, 2025));
        Assert.That(years.Count(year => year >= 2016), Is.GreaterThan(2 * years.Count(year => year <= 1999)));
    }

    [Test]
    public void Write_TenThousandWorks_SomePersonsChangeInstitutionOnce()
    {
        var careers = Works()
            .SelectMany(work => work.Authors.Select(author => (author.Id, work.Year, author.InstitutionId)))
            .GroupBy(mention => mention.Id)
            .ToList();
        var movers = careers.Where(career => career.Select(mention => mention.InstitutionId).Distinct().Count() > 1).ToList();
        TestContext.Out.WriteLine($"{movers.Count} of {careers.Count} persons appear at two institutions");

        Assert.That(movers.Count, Is.GreaterThan(careers.Count / 50));
        Assert.That(movers, Has.All.Matches<IGrouping<string, (string Id, int Year, string InstitutionId)>>(career =>
            career.Select(mention => mention.InstitutionId).Distinct().Count() == 2
            && career.Where(mention => mention.InstitutionId == career.MinBy(m => m.Year).InstitutionId).Max(m => m.Year)
            < career.Where(mention => mention.InstitutionId != career.MinBy(m => m.Year).InstitutionId).Min(m => m.Year)),
            "a move happens once: every work at the first institution comes before every work at the second");
    }

    [Test]
    public void Write_TenThousandWorks_SomePersonsShareAName()
    {
        var homonyms = Authors().GroupBy(author => author.Name)
            .Select(group => (Name: group.Key, Persons: group.Select(author => author.Id).Distinct().Count()))
            .Where(name => name.Persons > 1)
            .OrderByDescending(name => name.Persons)
            .ToList();
        TestContext.Out.WriteLine("most shared names: " + string.Join(", ", homonyms.Take(5)));

        Assert.That(homonyms, Has.Count.GreaterThan(10));
    }

    [Test]
    public void Write_TenThousandWorks_AboutThirtyPercentOfPersonsHaveOneOrcid()
    {
        var orcidsPerPerson = Authors().GroupBy(author => author.Id)
            .Select(group => group.Select(author => author.Orcid).Distinct().ToList())
            .ToList();

        Assert.That(orcidsPerPerson, Has.All.Count.EqualTo(1), "a person's ORCID is the same on every work");
        Assert.That((double)orcidsPerPerson.Count(orcids => orcids[0] is not null) / orcidsPerPerson.Count, Is.InRange(0.25, 0.35));
        Assert.That(orcidsPerPerson.Where(orcids => orcids[0] is not null).Select(orcids => orcids[0]).Distinct().Count(),
            Is.EqualTo(orcidsPerPerson.Count(orcids => orcids[0] is not null)), "no two persons share an ORCID");
    }

    private static IReadOnlyList<ParsedWork> Works() => GeneratedCorpus.TenThousandWorks().Parsed;

    private static IEnumerable<ParsedAuthor> Authors() => Works().SelectMany(work => work.Authors);

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
