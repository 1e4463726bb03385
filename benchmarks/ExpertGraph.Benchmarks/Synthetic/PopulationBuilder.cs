namespace ExpertGraph.Benchmarks.Synthetic;

/// <summary>
/// Draws the persons, their research groups, institutions, careers and productivity. Productivity mixes transients
/// (most authors publish once or twice) with established researchers whose output follows Lotka's power law.
/// </summary>
internal static class PopulationBuilder
{
    private const double GroupMedianSize = 25;
    private const double GroupSizeSpread = 1.0;
    private const int SmallestGroup = 3;
    private const int LargestGroup = 2_000;
    private const int VenuesPerGroup = 3;
    private const int PartnersPerGroup = 2;

    // The most productive person has WeightCap times the works of the least productive established one.
    private const double WeightCap = 100;

    private const double EstablishedSpread = 0.8;

    // Transients average this many works beyond the one they first author.
    private const double TransientExtraWorks = 0.7;

    // New authors per year grow ~6% a year, close to the growth of publications.
    private const double AuthorGrowth = 0.06;

    public static Population Build(SyntheticCorpusOptions options, NameSources sources, Random random)
    {
        var count = options.PersonCount;
        var institutions = sources.Faculty.Institutions;
        var byFaculty = WeightedChoice<int>.FromWeights([.. Enumerable.Range(0, institutions.Count)],
            [.. institutions.Select(institution => institution.Faculty + 1.0)]);

        var people = new PersonDraft(count);
        var groupStarts = new List<int>();
        var groupInstitutions = new List<int>();
        for (var start = 0; start < count;)
        {
            var size = Math.Clamp((int)Math.Round(random.NextLogNormal(GroupMedianSize, GroupSizeSpread)), SmallestGroup, LargestGroup);
            if (count - start - size < SmallestGroup) size = count - start;
            var institution = byFaculty.Sample(random);
            var pool = sources.Faculty.PoolFor(institutions[institution].CountryCode);
            for (var person = start; person < start + size; person++)
            {
                people.GroupOf[person] = groupStarts.Count;
                people.HomeInstitution[person] = institution;
                DrawName(people, person, pool, sources.Nsfc, random);
                DrawProductivity(people, person, options, random);
                DrawCareer(people, person, options, byFaculty, random);
                people.HasOrcid[person] = random.Chance(options.OrcidShare);
            }

            groupStarts.Add(start);
            groupInstitutions.Add(institution);
            start += size;
        }

        // Author slots beyond each person's first work, which are drawn in proportion to weight.
        var extraSlots = Math.Max(1, options.Works * new TeamSizeDistribution(options).EstimateMean(options.Seed) - count);
        ScaleTransients(people, extraSlots);
        CapProductivity(people, options, extraSlots);
        var groups = new ResearchGroup[groupStarts.Count];
        for (var g = 0; g < groups.Length; g++)
        {
            var first = groupStarts[g];
            var end = g + 1 < groups.Length ? groupStarts[g + 1] : count;
            var venues = new int[VenuesPerGroup];
            for (var v = 0; v < venues.Length; v++) venues[v] = random.Next(sources.Titles.Venues.Count);
            groups[g] = new ResearchGroup(first, new AliasTable(people.Weight.AsSpan(first, end - first)), groupInstitutions[g],
                sources.Topics.ByWeight.Sample(random), venues, random.Next(sources.Nsfc.KeywordSets.Count));
        }

        foreach (var group in groups)
            group.Partners = [.. Enumerable.Range(0, PartnersPerGroup).Select(_ => random.Next(groups.Length))];

        var anchors = Enumerable.Range(0, count).ToArray();
        random.Shuffle(anchors);
        return new Population
        {
            Count = count,
            Groups = groups,
            GroupOf = people.GroupOf,
            Weight = people.Weight,
            ByWeight = new AliasTable(people.Weight),
            LatinName = people.LatinName,
            HanziName = people.HanziName,
            CareerFirst = people.CareerFirst,
            CareerLast = people.CareerLast,
            HomeInstitution = people.HomeInstitution,
            LaterInstitution = people.LaterInstitution,
            MoveYear = people.MoveYear,
            HasOrcid = people.HasOrcid,
            AnchorOrder = anchors,
            ChineseLanguageChance = ChineseLanguageChance(people, options, institutions),
        };
    }

    private static void DrawName(PersonDraft people, int person, LatinNamePool pool, NsfcGrantSource nsfc, Random random)
    {
        if (random.Chance(pool.ChineseShare))
        {
            var surname = nsfc.Surnames.Sample(random);
            var given = nsfc.GivenNames.Sample(random);
            people.LatinName[person] = given.Latin + " " + surname.Latin;
            people.HanziName[person] = surname.Hanzi + given.Hanzi;
            return;
        }

        people.LatinName[person] = pool.Given.Sample(random) + " " + pool.Family.Sample(random);
    }

    private static void DrawProductivity(PersonDraft people, int person, SyntheticCorpusOptions options, Random random)
    {
        people.Transient[person] = random.Chance(options.TransientShare);
        // The log-normal factor blurs the lower edge of the power law, so established researchers with few works
        // join the transients smoothly instead of leaving a gap between three works and ten.
        people.Weight[person] = people.Transient[person]
            ? random.NextExponential(1)
            : Math.Min(WeightCap, random.NextTruncatedPareto(options.ProductivityExponent, WeightCap) * random.NextLogNormal(1, EstablishedSpread));
    }

    private static void DrawCareer(PersonDraft people, int person, SyntheticCorpusOptions options, WeightedChoice<int> institutions,
        Random random)
    {
        var length = people.Transient[person]
            ? 1 + Math.Min(5, (int)random.NextExponential(2))
            : Math.Clamp(5 + (int)(random.NextExponential(10) + 3 * Math.Log(people.Weight[person])), 3, 45);
        var start = random.NextGrowing(options.FirstYear - length + 1, options.LastYear, AuthorGrowth);
        var first = Math.Max(options.FirstYear, start);
        var last = Math.Min(options.LastYear, start + length - 1);
        people.LaterInstitution[person] = -1;
        if (random.Chance(options.MoverShare))
        {
            if (last == first && last < options.LastYear) last++;
            if (last > first)
            {
                var later = institutions.Sample(random);
                for (var retry = 0; retry < 5 && later == people.HomeInstitution[person]; retry++) later = institutions.Sample(random);
                people.LaterInstitution[person] = later;
                people.MoveYear[person] = (short)random.Next(first + 1, last + 1);
            }
        }

        people.CareerFirst[person] = (short)first;
        people.CareerLast[person] = (short)last;
        // Works accrue per year of career: a career cut short by the last year (or begun before the first) has fewer
        // works in the corpus, instead of crowding a lifetime's output into the years that are left.
        people.Weight[person] *= (double)(last - first + 1) / length;
    }

    /// <summary>
    /// Author slots are drawn in proportion to weight, so the transients' weights are scaled for them to get
    /// <see cref="TransientExtraWorks"/> works each on average, whatever the team sizes and persons per work.
    /// </summary>
    private static void ScaleTransients(PersonDraft people, double extraSlots)
    {
        double transientCount = 0, transientWeight = 0, establishedWeight = 0;
        for (var i = 0; i < people.Weight.Length; i++)
        {
            if (!people.Transient[i])
            {
                establishedWeight += people.Weight[i];
                continue;
            }

            transientCount++;
            transientWeight += people.Weight[i];
        }

        var transientSlots = Math.Min(TransientExtraWorks * transientCount, 0.9 * extraSlots);
        // Draws are in proportion to weight: transient total T must satisfy extra · T / (T + established) = transientSlots.
        var scale = establishedWeight == 0 || transientWeight == 0
            ? 1
            : transientSlots * establishedWeight / ((extraSlots - transientSlots) * transientWeight);
        for (var i = 0; i < people.Weight.Length; i++)
            if (people.Transient[i]) people.Weight[i] = Math.Max(people.Weight[i] * scale, 1e-6);
    }

    /// <summary>
    /// The most productive person of a corpus grows with its size, as in real data: about 2√works (200 works in a
    /// 10,000-work corpus, 2,000 in a million), never more than a few thousand.
    /// </summary>
    private static void CapProductivity(PersonDraft people, SyntheticCorpusOptions options, double extraSlots)
    {
        var mostWorks = Math.Clamp(2 * Math.Sqrt(options.Works), 20, 3_000);
        // Capping the heaviest hands their slots to everyone else, which lifts the others a little: repeat a few times.
        for (var round = 0; round < 3; round++)
        {
            var cap = mostWorks * people.Weight.Sum() / extraSlots;
            for (var i = 0; i < people.Weight.Length; i++) people.Weight[i] = Math.Min(people.Weight[i], cap);
        }
    }

    private static (double China, double Elsewhere) ChineseLanguageChance(PersonDraft people, SyntheticCorpusOptions options,
        IReadOnlyList<InstitutionSource> institutions)
    {
        // Expected share of works first-authored by a Chinese-named person in China / elsewhere: one anchor work each,
        // the rest in proportion to weight.
        var anchorShare = (double)people.Weight.Length / options.Works;
        var totalWeight = people.Weight.Sum();
        double china = 0, elsewhere = 0;
        for (var i = 0; i < people.Weight.Length; i++)
        {
            if (people.HanziName[i] is null) continue;
            var share = anchorShare / people.Weight.Length + (1 - anchorShare) * people.Weight[i] / totalWeight;
            if (institutions[people.HomeInstitution[i]].CountryCode == "CN") china += share;
            else elsewhere += share;
        }

        var target = options.ChineseShare;
        if (china >= target) return (target / china, 0);
        return (1, elsewhere > 0 ? Math.Min(1, (target - china) / elsewhere) : 0);
    }
}
