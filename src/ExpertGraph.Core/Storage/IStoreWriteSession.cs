using ExpertGraph.Core.Model;
using ExpertGraph.Core.Resolution;

namespace ExpertGraph.Core.Storage;

/// <summary>
/// One write transaction. Everything done through a session becomes visible at <see cref="Commit"/> or not at all,
/// which is what makes ingestion survive kill -9. Methods are synchronous: the embedded store is in-process and the
/// batch is CPU-bound; a server store buffers and sends at commit.
/// </summary>
public interface IStoreWriteSession : IDisposable
{
    /// <summary>
    /// Says which works the session is about to upsert, so that a server store looks all of them up in one round trip
    /// instead of one each; the embedded store, whose lookups are in-process, ignores it. Purely a hint.
    /// </summary>
    void Prefetch(IReadOnlyCollection<SourceKey> works);

    /// <summary>The stored version of a work (this session's writes included), or null when the store has none.</summary>
    StoredVersion? FindWork(SourceKey key);

    /// <summary>Inserts or updates a work keyed by its source key; a record whose content hash is unchanged is left alone.</summary>
    WorkUpsert UpsertWork(Work work, string contentHash);

    /// <summary>Persons currently linked to a work's authorships, by position (empty for a new work).</summary>
    IReadOnlyDictionary<int, PersonId> GetAuthorshipPersons(WorkId work);

    void ReplaceAuthorships(WorkId work, IReadOnlyList<AuthorshipRow> authorships);

    /// <summary>Replaces a stored work's concept tags (re-tagging with a new lexicon; an upsert writes them itself).</summary>
    void ReplaceConcepts(WorkId work, IReadOnlyList<WorkConcept> concepts);

    PersonId? FindPersonByKey(string key);

    PersonId CreatePerson(NewPerson person);

    /// <summary>Links a resolution key to a person; an existing link for the key is kept (first writer wins).</summary>
    void AddPersonKey(string key, PersonId person);

    void AddNameVariant(PersonId person, string name);

    InstitutionId GetOrCreateInstitution(string name, string key, string? countryCode);

    void Quarantine(QuarantineEntry entry);

    /// <summary>Removes a file's quarantine entries: called when the file is read again, so entries of records since fixed go away.</summary>
    void ClearQuarantine(string filePath);

    void SetFileCheckpoint(FileCheckpoint checkpoint);

    /// <summary>
    /// Records that these persons' expert documents are out of date (their authorships changed in this session). They stay
    /// recorded until <see cref="ClearStaleExperts"/>, called once the index has committed their new documents.
    /// </summary>
    void MarkExpertsStale(IReadOnlyCollection<PersonId> persons);

    /// <summary>Forgets that these persons' expert documents are out of date: the index has committed their new ones.</summary>
    void ClearStaleExperts(IReadOnlyCollection<PersonId> persons);

    /// <summary>Curator pins of a work's mentions: position → the person that mention always is (empty: none).</summary>
    IReadOnlyDictionary<int, PersonId> GetPins(WorkId work);

    /// <summary>The person a merged-away person now is (null: not merged away).</summary>
    PersonId? RedirectOf(PersonId person);

    /// <summary>Persons a curator separated from <paramref name="person"/>: never to be resolved together with it.</summary>
    IReadOnlyList<PersonId> SeparatedFrom(PersonId person);

    /// <summary>
    /// Every authorship whose block key is <paramref name="blockKey"/> as this session sees it (rows it wrote, not yet
    /// committed, included), with what the resolver compares, ordered by work id, then position.
    /// </summary>
    IReadOnlyList<BlockMention> GetBlockMentions(string blockKey);

    /// <summary>
    /// The same mentions as <see cref="GetBlockMentions"/>, with their stored profiles instead of their works' fields:
    /// one indexed read of the block's own rows.
    /// </summary>
    IReadOnlyList<StoredProfile> GetBlockProfiles(string blockKey);

    /// <summary>Stores the profiles of mentions stored without one (or with a stale one), found by work and position.</summary>
    void SetProfiles(IReadOnlyList<(WorkId Work, int Position, byte[] Profile)> profiles);

    /// <summary>
    /// Puts one mention on another person (re-resolution): its authorship, its <c>mention:</c> key and its name as written
    /// go along, as a curator's move does. Throws <see cref="StoreException"/> when the work has no author at that position.
    /// </summary>
    void MoveMention(WorkId work, int position, PersonId to);

    /// <summary>
    /// Removes a person left without mentions and redirects its id to <paramref name="successor"/>, so that ids kept
    /// elsewhere (shortlists, the curation log) still lead somewhere: its keys, name variants, pins and separations move to
    /// the successor, which also gets its ORCID, institution and country when it has none. The redirect has log id 0 (no
    /// curator decision). Throws <see cref="StoreException"/> when the person still has mentions, was already redirected,
    /// or when the successor is the person itself or not a stored person.
    /// </summary>
    void RetirePerson(PersonId retired, PersonId successor);

    /// <summary>Stores a person's resolution confidence and flags, replacing earlier ones; throws <see cref="StoreException"/> for an unknown person.</summary>
    void SetPersonResolution(PersonId person, PersonResolution resolution);

    /// <summary>
    /// Folds what this transaction resolved into each person's confidence, a running mean over its mentions: the stored
    /// confidence stands for the person's other mentions (its authorships, counted with this transaction's, less the
    /// evidence's), and a person without one (never weighed, or made by the exact-key resolver) gets the evidence's mean.
    /// Call it after the transaction's authorships are written. Flags stay as they are. Throws <see cref="StoreException"/>
    /// for an unknown person and <see cref="ArgumentOutOfRangeException"/> for a mean outside [0, 1].
    /// </summary>
    void AddConfidenceEvidence(IReadOnlyCollection<ConfidenceEvidence> evidence);

    void Commit();
}
