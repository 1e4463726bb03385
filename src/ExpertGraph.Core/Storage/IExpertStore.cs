using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Storage;

/// <summary>
/// The graph store: works, persons, institutions, authorships, derived collaborations, the ingestion log and
/// quarantine. One interface, an embedded (SQLite) and a server (PostgreSQL) implementation.
/// </summary>
public interface IExpertStore : IDisposable
{
    IStoreWriteSession BeginWrite();

    FileCheckpoint? GetFileCheckpoint(string path);

    /// <summary>Recomputes derived tables (collaborations, person statistics) from authorships; idempotent.</summary>
    void RebuildDerived(DerivedTablesOptions options);

    /// <summary>Whether writes happened since the derived tables were last rebuilt (survives a crash).</summary>
    bool DerivedTablesStale { get; }

    /// <summary>A random number that changes with every rebuild of the derived tables (0 before the first): what a cache of them is checked against.</summary>
    long DerivedGeneration { get; }

    /// <summary>The version of the lexicon whose concepts the store's concepts table holds (0: none yet).</summary>
    long LexiconVersion { get; }

    /// <summary>Replaces the concepts table with a lexicon's concepts and records its version, in one transaction.</summary>
    void WriteLexicon(IReadOnlyList<Lexicon.Concept> concepts, long version);

    /// <summary>The strongest <paramref name="perPerson"/> concepts of each person's profile, strongest first.</summary>
    IReadOnlyList<PersonConcept> GetPersonConcepts(IReadOnlyCollection<PersonId> persons, int perPerson);

    IReadOnlyList<PersonSummary> GetPersons(IReadOnlyCollection<PersonId> ids);

    IReadOnlyList<PersonProfile> GetPersonProfiles(IReadOnlyCollection<PersonId> ids);

    IReadOnlyList<QuarantineEntry> GetQuarantine(int limit);

    void LogRun(RunLogEntry run);

    StoreCounts Count();

    /// <summary>
    /// Every work in id order, streamed (one reader, nothing held beyond the current work): what rebuilding the search
    /// index from the store alone reads.
    /// </summary>
    IEnumerable<StoredWork> ReadWorks(CancellationToken cancellationToken);

    /// <summary>
    /// Every person id in id order, streamed: the experts index has a document for every person, including one left
    /// with no work when an updated record's authors resolved to others, so the rebuild cannot take them from works.
    /// </summary>
    IEnumerable<PersonId> ReadPersonIds(CancellationToken cancellationToken);

    /// <summary>Every derived collaboration, streamed in (A, B, kind) order: what the collaboration graph is built from.</summary>
    IEnumerable<CollaborationRow> ReadCollaborations(CancellationToken cancellationToken);

    /// <summary>
    /// Works on which a person of <paramref name="left"/> and a different person of <paramref name="right"/> are both
    /// authors, whatever their author count (callers apply their own limits), newest first for each pair.
    /// </summary>
    IReadOnlyList<SharedWork> GetSharedWorks(IReadOnlyCollection<PersonId> left, IReadOnlyCollection<PersonId> right);

    /// <summary>
    /// Every person's institution spans (as <see cref="GetAffiliations"/>) as of the last rebuild of the derived tables,
    /// streamed by institution, then person: what colleague edges are made of.
    /// </summary>
    IEnumerable<AffiliationSpan> ReadAffiliationSpans(CancellationToken cancellationToken);

    /// <summary>Where each person worked, from the institutions on their authorships, latest first.</summary>
    IReadOnlyList<AffiliationSpan> GetAffiliations(IReadOnlyCollection<PersonId> persons);
}
