using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Query.Profiles;
using ExpertGraph.Search.Careers;

namespace ExpertGraph.Api.Json;

/// <summary>
/// A person's profile (一人一册 data), with the profile pages matched to the person. E-mail addresses are in it only
/// when <c>includeEmails</c> (the API's rule: review organizers, analysts and admins; the CLI is the operator's own).
/// </summary>
public static class ExpertProfileJson
{
    public static object Create(ExpertProfile p, bool includeEmails)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new
        {
            personId = p.Id.ToString(),
            name = p.DisplayName,
            orcid = p.Orcid,
            institution = p.Institution,
            country = p.CountryCode,
            nameVariants = p.NameVariants,
            affiliations = p.Affiliations.Select(a => new
            {
                institution = a.InstitutionName, country = a.CountryCode, firstYear = a.FirstYear, lastYear = a.LastYear, works = a.WorkCount,
            }),
            disciplines = Concepts(p.Disciplines),
            subfields = Concepts(p.Subfields),
            worksByYear = p.WorksByYear.Select(y => new { year = y.Year, papers = y.Papers, patents = y.Patents, projects = y.Projects, total = y.Total }),
            recentWorks = p.RecentWorks.Select(WorkJson),
            mostCitedWorks = p.MostCitedWorks.Select(WorkJson),
            coauthors = p.Coauthors.Select(c => new
            {
                personId = c.Person.ToString(), name = c.DisplayName, sharedWorks = c.SharedWorks, firstYear = c.FirstYear, lastYear = c.LastYear,
            }),
            statistics = new
            {
                works = p.Statistics.Works,
                papers = p.Statistics.Papers,
                patents = p.Statistics.Patents,
                projects = p.Statistics.Projects,
                citations = p.Statistics.Citations,
                hIndex = p.Statistics.HIndex,
                firstYear = p.Statistics.FirstYear,
                lastYear = p.Statistics.LastYear,
                careerAge = p.Statistics.CareerAge,
                referenceYear = p.Statistics.ReferenceYear,
                coauthors = p.Statistics.Coauthors,
            },
            career = p.Career is { } career ? new
            {
                stage = CareerStages.Name(career.Stage),
                field = career.Field,
                fieldPercentile = Math.Round(career.FieldPercentile, 3),
                institution = career.Current?.Name,
                country = career.CountryCode,
                careerAge = career.CareerAge,
                approximateAge = career.ApproximateAge,
            } : null,
            resolution = p.Resolution is { } r ? new { confidence = Math.Round(r.Confidence, 4), inspected = r.Inspected, flags = r.Flags } : null,
            profilePages = p.ProfilePages.Select(s => PageJson(s, includeEmails)),
            derivedTablesStale = p.DerivedTablesStale,
        };
    }

    private static object PageJson(StoredProfilePage s, bool includeEmails) => new
    {
        key = s.Page.Key, name = s.Page.Name, otherNames = s.Page.OtherNames, position = s.Page.Position, institution = s.Page.Institution,
        department = s.Page.Department,
        emails = includeEmails ? s.Page.Emails : null,
        interests = s.Page.ResearchInterests,
        links = s.Page.Links.Where(l => includeEmails || !IsMailLink(l.Url)).Select(l => new { label = l.Label, url = l.Url }),
        publications = s.Page.Publications.Select(w => new { text = w.Text, title = w.Title, year = w.Year }),
        match = new { score = Math.Round(s.Match.Score, 3), reasons = s.Match.Reasons }, readAt = s.ReadAt,
    };

    /// <summary>A mailto: link is an e-mail address by another name.</summary>
    private static bool IsMailLink(string url) => url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    private static object Concepts(ConceptLevelProfile level) => new
    {
        level = level.Level,
        concepts = level.Concepts.Select(c => new
        {
            id = c.ConceptId, labelZh = c.LabelZh, labelEn = c.LabelEn, weight = Math.Round(c.Weight, 4), share = Math.Round(c.Share, 4),
        }),
    };

    private static object WorkJson(PersonWork w) => new
    {
        key = w.Key.ToString(), kind = w.Kind.ToString().ToLowerInvariant(), title = w.Title, year = w.Year, venue = w.Venue, citations = w.Citations,
    };
}
