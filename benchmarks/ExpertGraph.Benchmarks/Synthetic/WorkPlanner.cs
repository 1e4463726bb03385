namespace ExpertGraph.Benchmarks.Synthetic;

/// <summary>
/// Picks a work's authors, year and language. The first author is either the person this work introduces (each person
/// first-authors one work, spread evenly over the corpus) or drawn by productivity; co-authors come mostly from the
/// first author's group, else from a partner group or anywhere, and must be active that year.
/// </summary>
internal sealed class WorkPlanner(Population population, SyntheticCorpusOptions options, IReadOnlyList<InstitutionSource> institutions)
{
    private const int AttemptsPerSlot = 8;
    private const int AttemptsBeforeLookingElsewhere = 4;

    private readonly TeamSizeDistribution _teamSizes = new(options);

    public void Plan(int index, Random random, WorkPlan plan)
    {
        plan.Clear();
        plan.Index = index;
        var anchored = AnchoredPerson(index);
        var first = anchored ?? population.ByWeight.Sample(random);
        // A person's anchor work is their debut; debuts of careers begun before the first year fall anywhere in it.
        plan.Year = anchored is not null && population.CareerFirst[first] > options.FirstYear
            ? population.CareerFirst[first]
            : random.Next(population.CareerFirst[first], population.CareerLast[first] + 1);
        plan.Month = random.Next(1, 13);
        plan.Day = random.Next(1, 29);
        plan.Group = population.GroupOf[first];
        plan.Team.Add(first);

        var size = _teamSizes.Sample(random);
        var group = population.Groups[plan.Group];
        for (var slot = 1; slot < size; slot++)
        {
            for (var attempt = 0; attempt < AttemptsPerSlot; attempt++)
            {
                var candidate = DrawCoauthor(group, attempt, random);
                if (plan.Team.Contains(candidate)) continue;
                if (!population.IsActive(candidate, plan.Year) && attempt < AttemptsPerSlot - 1) continue;
                plan.Team.Add(candidate);
                break;
            }
        }

        MoveSeniorLast(plan.Team);
        plan.InChinese = population.HanziName[first] is not null && random.Chance(
            institutions[population.InstitutionAt(first, plan.Year)].CountryCode == "CN"
                ? population.ChineseLanguageChance.China
                : population.ChineseLanguageChance.Elsewhere);
    }

    /// <summary>The person introduced by this work: anchor k sits at work ⌊k·W/P⌋, so anchors spread over all files.</summary>
    private int? AnchoredPerson(int index)
    {
        long persons = population.Count, works = options.Works;
        var k = (index * persons + works - 1) / works;
        return k < persons && k * works / persons == index ? population.AnchorOrder[k] : null;
    }

    private int DrawCoauthor(ResearchGroup group, int attempt, Random random)
    {
        // A small group runs out of members; after a few duplicates look outside it.
        var roll = attempt >= AttemptsBeforeLookingElsewhere ? 1 : random.NextDouble();
        if (roll < options.CommunityShare) return group.SampleMember(random);
        if (roll < options.CommunityShare + (1 - options.CommunityShare) / 2 && group.Partners.Length > 0)
            return population.Groups[group.Partners[random.Next(group.Partners.Length)]].SampleMember(random);
        return population.ByWeight.Sample(random);
    }

    /// <summary>The last author is the group leader: the most productive co-author.</summary>
    private void MoveSeniorLast(List<int> team)
    {
        if (team.Count < 3) return;
        var senior = 1;
        for (var i = 2; i < team.Count; i++)
            if (population.Weight[team[i]] > population.Weight[team[senior]]) senior = i;
        (team[senior], team[^1]) = (team[^1], team[senior]);
    }
}
