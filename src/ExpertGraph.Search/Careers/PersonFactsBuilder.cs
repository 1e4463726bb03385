using ExpertGraph.Core.Lexicon;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Search.Careers;

/// <summary>Builds <see cref="PersonFacts"/> from the store: one streamed read of the authorships, the institutions and the concept profiles.</summary>
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

        var personIds = new List<long>();
        var personCountries = new List<short>();
        var workStart = new List<int> { 0 };
        var workIds = new List<long>();
        var workYears = new List<short>();
        var workKinds = new List<byte>();
        var workCitations = new List<int>();
        var workInstitutions = new List<int>();
        var workCountrySets = new List<int>();
        var pending = new List<PersonWorkFact>();

        void Flush()
        {
            if (pending.Count == 0) return;
            // Dated works first, oldest first, then the undated: a date's works are a prefix.
            pending.Sort((a, b) => a.Year is { } x && b.Year is { } y ? (x != y ? x.CompareTo(y) : a.Work.Value.CompareTo(b.Work.Value))
                : a.Year is null && b.Year is null ? a.Work.Value.CompareTo(b.Work.Value)
                : a.Year is null ? 1 : -1);
            personIds.Add(pending[0].Person.Value);
            personCountries.Add(Country(pending[0].PersonCountry));
            foreach (var fact in pending)
            {
                workIds.Add(fact.Work.Value);
                workYears.Add(fact.Year is { } year and > 0 and <= short.MaxValue ? (short)year : (short)0);
                workKinds.Add((byte)fact.Kind);
                workCitations.Add(Math.Max(0, fact.Citations));
                workInstitutions.Add(fact.Institution is { } institution && institutionIndex.TryGetValue(institution.Value, out var index) ? index : -1);
                workCountrySets.Add(CountrySet(fact.WorkCountries));
            }

            workStart.Add(workIds.Count);
            pending.Clear();
        }

        foreach (var fact in store.ReadPersonWorkFacts(cancellationToken))
        {
            if (pending.Count > 0 && pending[0].Person != fact.Person) Flush();
            pending.Add(fact);
        }

        Flush();

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
}
