using System.Text;

namespace ExpertGraph.Benchmarks.Synthetic;

/// <summary>
/// Title, abstract, keywords, topics, venue and citations of a planned work, all tied to the first author's group
/// topic so that an expert search for a topic finds the group that works on it.
/// </summary>
internal sealed class WorkTextComposer(Population population, NameSources sources, SyntheticCorpusOptions options)
{
    private const double AbstractShare = 0.85;
    private const double DoiShare = 0.85;
    private const double HomeVenueShare = 0.85;

    // Connectives of NSFC project titles (…的…研究, 基于…的…); the content words come from the grants' keywords.
    private static readonly string[] ChineseTitlePatterns =
        ["{0}的{1}研究", "基于{0}的{1}", "{0}对{1}的影响及机制", "{0}与{1}的{2}", "{0}中{1}的作用机制研究", "{0}、{1}与{2}研究"];

    private readonly List<string> _words = new(capacity: 32);
    private readonly StringBuilder _text = new(capacity: 256);

    public void Compose(WorkPlan plan, Random random)
    {
        var group = population.Groups[plan.Group];
        var topic = sources.Topics.Topics[group.Topic];
        plan.Topics.Add(group.Topic);
        for (var extra = random.Next(3); extra > 0; extra--)
        {
            var other = sources.Topics.ByWeight.Sample(random);
            if (!plan.Topics.Contains(other)) plan.Topics.Add(other);
        }

        ChooseKeywords(plan, topic, random);
        plan.Title = plan.InChinese ? ChineseTitle(group, random) : EnglishTitle(plan, random);
        if (!plan.InChinese && random.Chance(AbstractShare))
        {
            var description = topic.DescriptionTokens;
            var start = description.Length > 0 ? description[random.Next(description.Length)] : sources.Topics.Descriptions.RandomStart(random);
            sources.Topics.Descriptions.Walk(random, start, 30, 50, plan.AbstractWords);
        }

        plan.Venue = random.Chance(HomeVenueShare) ? group.Venues[random.Next(group.Venues.Length)] : random.Next(sources.Titles.Venues.Count);
        plan.HasDoi = random.Chance(DoiShare);
        // Citations grow with age and are heavy-tailed.
        var age = options.LastYear - plan.Year;
        plan.CitedBy = (int)Math.Min(100_000, random.NextLogNormal(1 + 1.5 * age, 1.2) - 1);
    }

    private static void ChooseKeywords(WorkPlan plan, TopicSource topic, Random random)
    {
        var wanted = Math.Min(topic.Keywords.Count, 3 + random.Next(4));
        for (var attempt = 0; plan.Keywords.Count < wanted && attempt < 3 * wanted; attempt++)
        {
            var keyword = topic.Keywords[random.Next(topic.Keywords.Count)];
            if (!plan.Keywords.Contains(keyword)) plan.Keywords.Add(keyword);
        }

        var score = 0.5 + 0.45 * random.NextDouble();
        foreach (var _ in plan.Keywords)
        {
            plan.KeywordScores.Add(Math.Round(score, 4));
            score *= 0.75 + 0.23 * random.NextDouble();
        }
    }

    private string EnglishTitle(WorkPlan plan, Random random)
    {
        _words.Clear();
        var titles = sources.Titles.Titles;
        titles.Walk(random, titles.RandomStart(random), 3, 12, _words);
        _text.Clear();
        var keyword = plan.Keywords.Count > 0 ? plan.Keywords[0].DisplayName : null;
        var shape = keyword is null ? 0 : random.Next(3);
        if (shape == 1) _text.Append(keyword).Append(": ");
        _text.AppendJoin(' ', _words);
        if (shape == 2) _text.Append(" in ").Append(InSentence(keyword!));
        return _text.ToString();
    }

    // "Optical modulators" reads "optical modulators" mid-title; "IoT" stays "IoT".
    private static string InSentence(string keyword) =>
        keyword.Length > 1 && char.IsLower(keyword[1]) ? char.ToLowerInvariant(keyword[0]) + keyword[1..] : keyword;

    private string ChineseTitle(ResearchGroup group, Random random)
    {
        var keywords = sources.Nsfc.KeywordSets[group.ChineseKeywordSet];
        var pattern = ChineseTitlePatterns[random.Next(ChineseTitlePatterns.Length)];
        _text.Clear();
        _text.Append(pattern);
        for (var slot = 0; slot < 3; slot++)
            _text.Replace("{" + (char)('0' + slot) + "}", keywords[random.Next(keywords.Length)]);
        return _text.ToString();
    }
}
