using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Api.Json;

/// <summary>Shortlists as the API answers them: every list with its size, or one list's persons in order (as `shortlist list` prints them).</summary>
public static class ShortlistJson
{
    public static object Summary(Shortlist list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return new { name = list.Name, note = list.Note, createdAt = list.CreatedAt, persons = list.Entries.Count };
    }

    /// <param name="persons">The stored persons of the entries (an entry whose person is missing is listed with its id only).</param>
    public static object Create(Shortlist list, IReadOnlyDictionary<PersonId, PersonSummary> persons)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(persons);
        return new
        {
            name = list.Name,
            note = list.Note,
            createdAt = list.CreatedAt,
            entries = list.Entries.Select(entry =>
            {
                var person = persons.GetValueOrDefault(entry.Person);
                return new
                {
                    rank = entry.Position, personId = entry.Person.ToString(), name = person?.DisplayName, institution = person?.Institution,
                    country = person?.CountryCode, note = entry.Note, addedAt = entry.AddedAt,
                };
            }),
        };
    }
}
