using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Storage;

/// <summary>
/// Which person a profile page is about, how sure the match is (0–1) and why ("ORCID 0000-0003-4370-4692 on the page is
/// the person's", "2 works listed on the page are the person's"); <see cref="Person"/> is null when no person matched,
/// and <see cref="Reasons"/> then says why (no one of that name, several equally likely).
/// </summary>
public sealed record ProfilePageMatch(PersonId? Person, double Score, IReadOnlyList<string> Reasons)
{
    public static readonly ProfilePageMatch NotYet = new(null, 0, ["not matched yet"]);
}
