using ExpertGraph.Core.Lexicon;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Query.Profiles;

/// <summary>
/// Builds a person's <see cref="ExpertProfile"/> from the store: the person's row, names, affiliations, works and
/// co-authors as they are, statistics and concept profile as of the last rebuild of the derived tables. Each part is
/// one indexed read of the person's own rows. A merged-away or unknown id is an <see cref="UnknownPersonException"/>.
/// </summary>
internal sealed class ExpertProfileBuilder(IExpertStore store, Lexicon? lexicon)
{
    public ExpertProfile Build(PersonId person, ProfileOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0) throw new ArgumentException(string.Join("; ", problems), nameof(options));
        var summary = store.GetPersons([person]).SingleOrDefault() ?? throw new UnknownPersonException(person, store.RedirectOf(person));
        var names = store.GetPersonProfiles([person]).Single();
        var works = store.GetPersonWorks(person);
        var coauthors = store.GetCoauthors(person, options.MaxAuthorsPerWork);
        var concepts = store.GetPersonConcepts([person], new DerivedTablesOptions().ConceptsPerPerson);
        return new ExpertProfile
        {
            Id = person,
            DisplayName = summary.DisplayName,
            Orcid = summary.Orcid,
            Institution = summary.Institution,
            CountryCode = summary.CountryCode,
            NameVariants = names.NameVariants,
            Affiliations = store.GetAffiliations([person]),
            Disciplines = ConceptLevels.Read(lexicon, concepts, options.DisciplineLevel, options.ConceptsPerLevel),
            Subfields = ConceptLevels.Read(lexicon, concepts, options.SubfieldLevel, options.ConceptsPerLevel),
            WorksByYear = CountByYear(works),
            RecentWorks = MostRecent(works, options.Works),
            MostCitedWorks = MostCited(works, options.Works),
            Coauthors = Strongest(coauthors, options.Coauthors),
            Statistics = Statistics(store.GetPersonStats(person), person, options.Time.GetUtcNow().Year, coauthors.Count),
            Resolution = store.GetPersonResolution(person),
            DerivedTablesStale = store.DerivedTablesStale,
        };
    }

    /// <summary>Works per year and kind, latest year first, undated works last.</summary>
    internal static IReadOnlyList<WorkYearCount> CountByYear(IReadOnlyList<PersonWork> works) =>
        [.. works
            .GroupBy(work => work.Year)
            .OrderBy(year => year.Key is null).ThenByDescending(year => year.Key)
            .Select(year => new WorkYearCount(year.Key,
                year.Count(w => w.Kind == WorkKind.Paper), year.Count(w => w.Kind == WorkKind.Patent), year.Count(w => w.Kind == WorkKind.Project)))];

    /// <summary>Newest first, undated last, then the most recently stored (highest id).</summary>
    internal static IReadOnlyList<PersonWork> MostRecent(IReadOnlyList<PersonWork> works, int count) =>
        [.. works.OrderBy(w => w.Year is null).ThenByDescending(w => w.Year).ThenByDescending(w => w.Id.Value).Take(count)];

    /// <summary>Works cited at least once, most cited first, then newest, then by id.</summary>
    internal static IReadOnlyList<PersonWork> MostCited(IReadOnlyList<PersonWork> works, int count) =>
        [.. works.Where(w => w.Citations > 0)
            .OrderByDescending(w => w.Citations).ThenBy(w => w.Year is null).ThenByDescending(w => w.Year).ThenBy(w => w.Id.Value)
            .Take(count)];

    /// <summary>Most shared works first, then the most recent tie (undated last), then by name and id so ties read in a fixed order.</summary>
    internal static IReadOnlyList<Coauthor> Strongest(IReadOnlyList<Coauthor> coauthors, int count) =>
        [.. coauthors
            .OrderByDescending(c => c.SharedWorks).ThenBy(c => c.LastYear is null).ThenByDescending(c => c.LastYear)
            .ThenBy(c => c.DisplayName, StringComparer.Ordinal).ThenBy(c => c.Person.Value)
            .Take(count)];

    /// <summary>The derived statistics (zeros when none are derived: no work, or none rebuilt yet), career age counted to <paramref name="referenceYear"/>.</summary>
    internal static ProfileStatistics Statistics(PersonStats? stats, PersonId person, int referenceYear, int coauthors)
    {
        stats ??= new PersonStats(person, 0, 0, 0, 0, 0, 0, null, null);
        return new ProfileStatistics(stats.Works, stats.Papers, stats.Patents, stats.Projects, stats.Citations, stats.HIndex, stats.FirstYear, stats.LastYear)
        {
            CareerAge = stats.FirstYear is { } first ? Math.Max(0, referenceYear - first) : null,
            ReferenceYear = referenceYear,
            Coauthors = coauthors,
        };
    }
}
