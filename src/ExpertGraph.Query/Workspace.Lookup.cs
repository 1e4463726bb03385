using ExpertGraph.Core.Model;
using ExpertGraph.Query.Lookup;

namespace ExpertGraph.Query;

public sealed partial class Workspace
{
    /// <summary>The strongest concepts of a person's profile shown beside them.</summary>
    private const int FieldsShown = 4;

    /// <summary>
    /// Persons by any name they were written as, optionally with an institution ("王威 南开大学"), over the experts index
    /// as last committed, each with their strongest specific fields. No index yet is an <see cref="ExpertGraphException"/>.
    /// </summary>
    public IReadOnlyList<PersonMatch> FindPersons(string text, int limit)
    {
        using var lookup = OpenPersonLookup();
        var persons = lookup.Find(text, limit);
        var lexicon = Lexicon;
        // Disciplines (levels 1-2) sit atop everyone's profile; the fields shown are the specific ones.
        var fields = _store.GetPersonConcepts([.. persons.Select(p => p.Id)], 64)
            .Where(c => (lexicon?.Level(c.ConceptId) ?? int.MaxValue) > 2)
            .GroupBy(c => c.Person)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Take(FieldsShown).Select(c => lexicon?.Label(c.ConceptId) ?? c.ConceptId)]);
        return [.. persons.Select(p => new PersonMatch(p, fields.GetValueOrDefault(p.Id) ?? []))];
    }
}
