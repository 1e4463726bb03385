using ExpertGraph.Core.Lexicon;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Search.Careers;

namespace ExpertGraph.Query.Growth;

/// <summary>Builds one person's <see cref="PersonTimeline"/> from the store's reads of that person and the person facts.</summary>
internal sealed class PersonTimelineBuilder(IExpertStore store, PersonFacts facts, Lexicon? lexicon)
{
    /// <summary>The lexicon level whose concepts name a year's subfield (as the profile's subfields).</summary>
    public const int SubfieldLevel = 3;

    public PersonTimeline Build(PersonId person, string displayName)
    {
        var works = store.GetPersonWorks(person).Where(w => w.Year is > 0).OrderBy(w => w.Year).ThenBy(w => w.Id.Value).ToList();
        var coauthors = store.GetCoauthors(person, DerivedTablesOptionsDefaults.MaxAuthors);
        var concepts = lexicon is null ? new Dictionary<WorkId, StoredWork>() : store.GetWorks([.. works.Select(w => w.Id)]).ToDictionary(w => w.Id);
        var years = new List<TimelineYear>();
        if (works.Count > 0)
        {
            for (var year = works[0].Year!.Value; year <= works[^1].Year!.Value; year++)
            {
                var upTo = works.Where(w => w.Year <= year).ToList();
                var those = upTo.Where(w => w.Year == year).ToList();
                var career = facts.Career(person.Value, year, year);
                years.Add(new TimelineYear(
                    year, those.Count, upTo.Count, upTo.Sum(w => (long)(w.Citations ?? 0)), HIndex(upTo.Select(w => w.Citations ?? 0)),
                    coauthors.Count(c => c.FirstYear == year), coauthors.Count(c => c.FirstYear <= year),
                    career?.Current?.Name, career?.Current?.CountryCode, Subfield(those, concepts)));
            }
        }

        var affiliations = facts.Career(person.Value, works.Count > 0 ? works[^1].Year!.Value : 0)?.Affiliations ?? [];
        return new PersonTimeline(person.Value, displayName, years, affiliations, works.Count(w => w.Citations is not null), works.Count);
    }

    internal static int HIndex(IEnumerable<int> citations)
    {
        var sorted = citations.OrderDescending().ToList();
        var h = 0;
        while (h < sorted.Count && sorted[h] >= h + 1) h++;
        return h;
    }

    private string? Subfield(List<PersonWork> works, Dictionary<WorkId, StoredWork> stored)
    {
        if (lexicon is null) return null;
        var profile = works.SelectMany(w => stored.TryGetValue(w.Id, out var s) ? s.Work.Concepts : []).Select(c => (c.ConceptId, (double)c.Weight));
        var weights = lexicon.WeighAtLevel(profile, SubfieldLevel);
        return weights.Count == 0 ? null
            : lexicon.Concepts[weights.OrderByDescending(w => w.Value).ThenBy(w => lexicon.Concepts[w.Key].Id, StringComparer.Ordinal).First().Key].Label();
    }
}

/// <summary>The collaboration rule's default, as a constant (the options type gives it per instance).</summary>
internal static class DerivedTablesOptionsDefaults
{
    public static int MaxAuthors { get; } = new DerivedTablesOptions().MaxAuthorsForCollaboration;
}
