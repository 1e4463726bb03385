using ExpertGraph.Core.Model;

namespace ExpertGraph.Graph.Conflicts;

/// <summary>What the checker knows of one person for a whole request, worked out once rather than once per pair.</summary>
internal sealed class PersonFacts
{
    private PersonFacts(PersonId id, ConflictPerson? person, IReadOnlyList<OrganizationSpan> spans, OrganizationSpan[] inWindow, string[] unknownBecause)
    {
        Id = id;
        Person = person;
        Spans = spans;
        InWindow = inWindow;
        UnknownBecause = unknownBecause;
    }

    public PersonId Id { get; }
    public ConflictPerson? Person { get; }
    public IReadOnlyList<OrganizationSpan> Spans { get; }
    /// <summary>The spans that reach into the same-institution window (none when the policy has no such rule).</summary>
    public OrganizationSpan[] InWindow { get; }
    /// <summary>Why a pair with this person cannot be clear: no resolved profile, or no affiliation data to check institutions with.</summary>
    public string[] UnknownBecause { get; }

    public static PersonFacts Create(PersonId id, ConflictPerson? person, List<OrganizationSpan>? spans, ConflictWindow? institutionWindow)
    {
        spans ??= [];
        var inWindow = institutionWindow is null ? [] : spans.Where(s => institutionWindow.Overlaps(s.Earliest, s.Latest)).ToArray();
        string[] unknown = person is null ? [$"{id} has no resolved profile (not in the store)"]
            : institutionWindow is not null && spans.Count == 0 ? [$"{id} has no affiliation data"]
            : [];
        return new PersonFacts(id, person, spans, inWindow, unknown);
    }
}
