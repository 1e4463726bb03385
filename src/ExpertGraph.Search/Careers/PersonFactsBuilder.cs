using ExpertGraph.Core.Lexicon;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Search.Careers;

/// <summary>
/// Builds <see cref="PersonFacts"/> from the store: a scan each of the works, the authorships, the persons' countries,
/// the institutions and the concept profiles, joined in memory (the authorships sorted by person).
/// </summary>
public static class PersonFactsBuilder
{
    /// <param name="lexicon">
    /// Reads each person's concept profile at <see cref="PersonFacts.FieldLevel"/>; their field is the concept there their
    /// profile weighs most. Null: no fields, everyone is compared with everyone.
    /// </param>
    public static PersonFacts Build(IExpertStore store, Lexicon? lexicon = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var countries = new List<string>();
        var countryIndex = new Dictionary<string, short>(StringComparer.Ordinal);
        short Country(string? code)
        {
            if (string.IsNullOrEmpty(code)) return -1;
            code = code.ToUpperInvariant();
            if (countryIndex.TryGetValue(code, out var index)) return index;
            countries.Add(code);
            return countryIndex[code] = (short)(countries.Count - 1);
        }

        var institutions = store.ReadInstitutions();
        var institutionIds = new long[institutions.Count];
        var institutionNames = new string[institutions.Count];
        var institutionCountries = new short[institutions.Count];
        var institutionIndex = new Dictionary<long, int>(institutions.Count);
        for (var i = 0; i < institutions.Count; i++)
        {
            institutionIds[i] = institutions[i].Id.Value;
            institutionNames[i] = institutions[i].Name;
            institutionCountries[i] = Country(institutions[i].CountryCode);
            institutionIndex[institutions[i].Id.Value] = i;
        }

        var countrySets = new List<short[]>();
        var countrySetIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        int CountrySet(string? codes)
        {
            if (string.IsNullOrWhiteSpace(codes)) return -1;
            if (countrySetIndex.TryGetValue(codes, out var index)) return index;
            countrySets.Add([.. codes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Country).Where(c => c >= 0).Distinct().Order()]);
            return countrySetIndex[codes] = countrySets.Count - 1;
        }

        // The works, in id order, as columns.
        var works = new List<long>();
        var kinds = new List<byte>();
        var years = new List<short>();
        var citations = new List<int>();
        var sets = new List<int>();
        foreach (var work in store.ReadWorkFacts(cancellationToken))
        {
            works.Add(work.Work.Value);
            kinds.Add((byte)work.Kind);
            years.Add(work.Year is { } year and > 0 and <= short.MaxValue ? (short)year : (short)0);
            citations.Add(Math.Max(0, work.Citations));
            sets.Add(CountrySet(work.Countries));
        }

        // The authorships, in work order: each becomes (person, work row, institution), then sorted by person.
        var authorPersons = new List<long>();
        var authorWorks = new List<int>();
        var authorInstitutions = new List<int>();
        var row = 0;
        foreach (var authorship in store.ReadAuthorshipFacts(cancellationToken))
        {
            // Both streams are in work id order: the work's row is found by walking forward.
            while (row < works.Count && works[row] < authorship.Work.Value) row++;
            if (row == works.Count || works[row] != authorship.Work.Value) continue;
            authorPersons.Add(authorship.Person.Value);
            authorWorks.Add(row);
            authorInstitutions.Add(authorship.Institution is { } institution && institutionIndex.TryGetValue(institution.Value, out var index) ? index : -1);
        }

        var byPerson = authorPersons.ToArray();
        var order = new int[byPerson.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(byPerson, order);

        var storedCountries = new Dictionary<long, short>();
        foreach (var (person, country) in store.ReadPersonCountries(cancellationToken)) storedCountries[person.Value] = Country(country);

        var personIds = new List<long>();
        var personCountries = new List<short>();
        var workStart = new List<int> { 0 };
        var workIds = new List<long>(byPerson.Length);
        var workYears = new List<short>(byPerson.Length);
        var workKinds = new List<byte>(byPerson.Length);
        var workCitations = new List<int>(byPerson.Length);
        var workInstitutions = new List<int>(byPerson.Length);
        var workCountrySets = new List<int>(byPerson.Length);
        var pending = new List<(int Work, int Institution)>();
        for (var start = 0; start < byPerson.Length;)
        {
            var stop = start;
            pending.Clear();
            for (; stop < byPerson.Length && byPerson[stop] == byPerson[start]; stop++) pending.Add((authorWorks[order[stop]], authorInstitutions[order[stop]]));
            // Dated works first, oldest first, then the undated: a date's works are a prefix. A person twice on a work is
            // one entry, with the lower institution id (any is as true; this one is stable; indexes follow ids).
            pending.Sort((a, b) =>
            {
                var (x, y) = (years[a.Work] > 0 ? years[a.Work] : int.MaxValue, years[b.Work] > 0 ? years[b.Work] : int.MaxValue);
                return x != y ? x.CompareTo(y) : a.Work != b.Work ? a.Work.CompareTo(b.Work) : Rank(a.Institution).CompareTo(Rank(b.Institution));
            });
            personIds.Add(byPerson[start]);
            personCountries.Add(storedCountries.GetValueOrDefault(byPerson[start], (short)-1));
            for (var i = 0; i < pending.Count; i++)
            {
                var (work, institution) = pending[i];
                if (i > 0 && pending[i - 1].Work == work) continue;
                workIds.Add(works[work]);
                workYears.Add(years[work]);
                workKinds.Add(kinds[work]);
                workCitations.Add(citations[work]);
                workInstitutions.Add(institution);
                workCountrySets.Add(sets[work]);
            }

            workStart.Add(workIds.Count);
            start = stop;
        }

        var ids = personIds.ToArray();
        var fields = new List<string>();
        var fieldIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var personFields = new int[ids.Length];
        Array.Fill(personFields, -1);
        // A person's field: their profile read at the field level (deeper concepts give to their ancestors there, less
        // the farther they are: Lexicon.WeighAtLevel, as the profile's disciplines are read), the heaviest one.
        var profile = new List<(string, double)>();
        var current = -1L;
        void Settle()
        {
            if (profile.Count > 0 && lexicon is not null && lexicon.WeighAtLevel(profile, PersonFacts.FieldLevel) is { Count: > 0 } weights
                && Array.BinarySearch(ids, current) is var row and >= 0)
            {
                var best = lexicon.Concepts[weights.OrderByDescending(w => w.Value).ThenBy(w => lexicon.Concepts[w.Key].Id, StringComparer.Ordinal).First().Key].Id;
                if (!fieldIndex.TryGetValue(best, out var field))
                {
                    fields.Add(best);
                    fieldIndex[best] = field = fields.Count - 1;
                }

                personFields[row] = field;
            }

            profile.Clear();
        }

        foreach (var concept in lexicon is null ? [] : store.ReadPersonConcepts(cancellationToken))
        {
            if (concept.Person.Value != current) Settle();
            current = concept.Person.Value;
            profile.Add((concept.ConceptId, concept.Weight));
        }

        Settle();

        return new PersonFacts(new PersonFactsData(
            ids, [.. personCountries], personFields, [.. workStart], [.. workIds], [.. workYears], [.. workKinds], [.. workCitations],
            [.. workInstitutions], [.. workCountrySets], [.. countries], [.. countrySets], institutionIds, institutionNames, institutionCountries, [.. fields]));
    }

    /// <summary>Orders institution indexes with "none" (-1) last, so a known institution wins a duplicate authorship.</summary>
    private static int Rank(int institution) => institution < 0 ? int.MaxValue : institution;
}
