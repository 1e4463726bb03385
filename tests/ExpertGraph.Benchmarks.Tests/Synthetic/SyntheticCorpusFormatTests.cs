using System.Text.Json;
using System.Text.RegularExpressions;

namespace ExpertGraph.Benchmarks.Tests.Synthetic;

/// <summary>Every line has the OpenAlex work shape of records/openalex-works-json/works_biodiversity_finance_200.jsonl.</summary>
public sealed partial class SyntheticCorpusFormatTests
{
    [Test]
    public void Write_TenThousandWorks_EveryLineIsAnOpenAlexWork()
    {
        var corpus = GeneratedCorpus.TenThousandWorks();
        var problems = new List<string>();
        var lines = 0;
        foreach (var file in corpus.Summary.Files)
        {
            foreach (var line in File.ReadLines(file))
            {
                lines++;
                using var document = JsonDocument.Parse(line);
                problems.AddRange(Check(document.RootElement).Select(problem => $"{Path.GetFileName(file)} line {lines}: {problem}"));
            }
        }

        Assert.That(lines, Is.EqualTo(GeneratedCorpus.Works));
        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void Write_TenThousandWorks_SummaryCountsWhatTheFilesHold()
    {
        var corpus = GeneratedCorpus.TenThousandWorks();
        var works = corpus.Parsed;

        Assert.That(corpus.Summary.Files, Has.Count.EqualTo(3));
        Assert.That(corpus.Summary.Works, Is.EqualTo(works.Count));
        Assert.That(corpus.Summary.Authorships, Is.EqualTo(works.Sum(work => work.Authors.Count)));
        // Every one of the 0.3 × 10,000 persons first-authors at least one work.
        Assert.That(corpus.Summary.Persons, Is.EqualTo(3_000));
        Assert.That(works.SelectMany(work => work.Authors).Select(author => author.Id).Distinct().Count(), Is.EqualTo(3_000));
        Assert.That(works.Select(work => work.Id).Distinct().Count(), Is.EqualTo(works.Count));
    }

    private static IEnumerable<string> Check(JsonElement work)
    {
        if (!WorkId().IsMatch(Text(work, "id"))) yield return "id";
        if (work.GetProperty("doi") is { ValueKind: not JsonValueKind.Null } doi && !doi.GetString()!.StartsWith("https://doi.org/10.", StringComparison.Ordinal))
            yield return "doi";
        if (Text(work, "title").Length == 0 || Text(work, "title") != Text(work, "display_name")) yield return "title";
        if (work.GetProperty("publication_year").GetInt32() is < 1990 or > 2025) yield return "publication_year";
        if (Text(work, "language") is not ("en" or "zh")) yield return "language";
        if (Text(work, "type") != "article") yield return "type";
        if (Text(work.GetProperty("primary_location").GetProperty("source"), "display_name").Length == 0) yield return "venue";
        if (work.GetProperty("cited_by_count").GetInt32() < 0) yield return "cited_by_count";

        var authorships = work.GetProperty("authorships").EnumerateArray().ToList();
        if (authorships.Count == 0) yield return "no authorships";
        for (var i = 0; i < authorships.Count; i++)
            foreach (var problem in CheckAuthorship(authorships[i], i, authorships.Count)) yield return $"authorship {i}: {problem}";

        foreach (var keyword in work.GetProperty("keywords").EnumerateArray())
            if (!Text(keyword, "id").StartsWith("https://openalex.org/keywords/", StringComparison.Ordinal)
                || Text(keyword, "display_name").Length == 0 || keyword.GetProperty("score").GetDouble() is <= 0 or > 1)
                yield return "keyword";
        if (!Text(work.GetProperty("primary_topic"), "id").StartsWith("https://openalex.org/T", StringComparison.Ordinal)) yield return "primary_topic";
        if (!AbstractIsAPermutation(work.GetProperty("abstract_inverted_index"))) yield return "abstract_inverted_index";
    }

    private static IEnumerable<string> CheckAuthorship(JsonElement authorship, int index, int count)
    {
        var expectedPosition = index == 0 ? "first" : index == count - 1 ? "last" : "middle";
        if (Text(authorship, "author_position") != expectedPosition) yield return "author_position";
        var author = authorship.GetProperty("author");
        if (!AuthorId().IsMatch(Text(author, "id"))) yield return "author id";
        if (Text(author, "display_name").Length == 0) yield return "display_name";
        if (author.GetProperty("orcid") is { ValueKind: not JsonValueKind.Null } orcid && !IsValidOrcid(orcid.GetString()!)) yield return "orcid";
        var institutions = authorship.GetProperty("institutions").EnumerateArray().ToList();
        if (institutions.Count != 1 || !InstitutionId().IsMatch(Text(institutions[0], "id"))
            || Text(institutions[0], "display_name").Length == 0 || !CountryCode().IsMatch(Text(institutions[0], "country_code")))
            yield return "institutions";
        if (authorship.GetProperty("raw_affiliation_strings").GetArrayLength() != 1) yield return "raw_affiliation_strings";
    }

    /// <summary>Positions 0…n-1 each appear exactly once: the index can be turned back into the abstract.</summary>
    private static bool AbstractIsAPermutation(JsonElement index)
    {
        if (index.ValueKind == JsonValueKind.Null) return true;
        var positions = index.EnumerateObject().SelectMany(word => word.Value.EnumerateArray().Select(p => p.GetInt32())).Order().ToList();
        return positions.Count > 0 && positions.SequenceEqual(Enumerable.Range(0, positions.Count));
    }

    /// <summary>ISO 7064 MOD 11-2 over the 15 digits, as ORCID defines its check character.</summary>
    private static bool IsValidOrcid(string url)
    {
        var match = Orcid().Match(url);
        if (!match.Success) return false;
        var digits = match.Groups[1].Value.Replace("-", "", StringComparison.Ordinal);
        var total = 0;
        foreach (var digit in digits[..15]) total = (total + digit - '0') * 2;
        var check = (12 - total % 11) % 11;
        return digits[15] == (check == 10 ? 'X' : (char)('0' + check));
    }

    private static string Text(JsonElement element, string property) => element.GetProperty(property).GetString() ?? "";

    [GeneratedRegex(@"^https://openalex\.org/W\d+$")]
    private static partial Regex WorkId();

    [GeneratedRegex(@"^https://openalex\.org/A\d+$")]
    private static partial Regex AuthorId();

    [GeneratedRegex(@"^https://openalex\.org/I\d+$")]
    private static partial Regex InstitutionId();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryCode();

    [GeneratedRegex(@"^https://orcid\.org/(\d{4}-\d{4}-\d{4}-\d{3}[\dX])$")]
    private static partial Regex Orcid();
}
