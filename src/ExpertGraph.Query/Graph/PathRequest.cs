using ExpertGraph.Core.Model;
using ExpertGraph.Graph;
using ExpertGraph.Graph.Paths;

namespace ExpertGraph.Query.Graph;

/// <summary>"How do we reach this expert?": from one of our people (one or a set) to a target person.</summary>
public sealed record PathRequest(IReadOnlyCollection<PersonId> From, PersonId To)
{
    public int MaxHops { get; init; } = PathOptions.HopLimit;

    /// <summary>How many paths: the k shortest simple paths (1 = one fewest-hop path).</summary>
    public int Count { get; init; } = 1;

    /// <summary>The path of strongest ties within the hop limit instead of the fewest hops.</summary>
    public bool Strongest { get; init; }

    /// <summary>Ties a path may use: shared work by default; <see cref="EdgeKinds.Institution"/> adds colleagues.</summary>
    public EdgeKinds Kinds { get; init; } = CollaborationKinds;

    /// <summary>Real collaborations: a shared paper, patent or project.</summary>
    public const EdgeKinds CollaborationKinds = EdgeKinds.Paper | EdgeKinds.Patent | EdgeKinds.Project;

    /// <summary>Shared works shown per hop (newest first); the hop's total is always given.</summary>
    public int EvidencePerHop { get; init; } = 3;
}

/// <summary>The paths found (none when the target is out of reach), and the persons of the request the graph does not have.</summary>
public sealed record PathAnswer(IReadOnlyList<IntroductionPath> Paths, IReadOnlyList<PersonId> UnknownPersons);

/// <summary>One chain of collaborations, from one of our people to the target, every hop with its evidence.</summary>
public sealed record IntroductionPath(IReadOnlyList<PathHop> Hops, double Strength)
{
    public int HopCount => Hops.Count;
}

/// <summary>
/// One hop: two persons, what ties them (kind bits, strength) and the evidence: the works they share (newest first,
/// at most the request's number, with the total) and, for colleagues, the institutions where their years overlap.
/// </summary>
public sealed record PathHop(Core.Storage.PersonSummary From, Core.Storage.PersonSummary To, EdgeKinds Kinds, float Strength,
    IReadOnlyList<Core.Storage.SharedWork> Works, int WorkCount)
{
    public IReadOnlyList<SharedInstitution> Institutions { get; init; } = [];
}

/// <summary>An institution both persons of a hop worked at, with each one's years there (from their dated works).</summary>
public sealed record SharedInstitution(string Name, int FromFirstYear, int FromLastYear, int ToFirstYear, int ToLastYear);
