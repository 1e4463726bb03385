using ExpertGraph.Core.Curation;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Resolution;

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

    /// <summary>Every work's words and persons in id order, streamed: the semantic index reads nothing else.</summary>
    IEnumerable<WorkText> ReadWorkTexts(CancellationToken cancellationToken);

    /// <summary>
    /// Every person id in id order, streamed: the rebuild reads every person's profile from it (a person left with no
    /// work, when an updated record's authors resolved to others, gets no expert document: <see cref="PersonProfile.HasWorks"/>).
    /// </summary>
    IEnumerable<PersonId> ReadPersonIds(CancellationToken cancellationToken);

    /// <summary>
    /// Persons recorded as having an out-of-date expert document (<see cref="IStoreWriteSession.MarkExpertsStale"/>), in id
    /// order, at most <paramref name="limit"/> of those above <paramref name="after"/>.
    /// </summary>
    IReadOnlyList<PersonId> GetStaleExperts(PersonId after, int limit);

    /// <summary>Persons without any authorship, in id order: an ingest ends by removing their expert documents.</summary>
    IReadOnlyList<PersonId> GetPersonsWithoutWorks();

    /// <summary>Every derived collaboration, streamed in (A, B, kind) order: what the collaboration graph is built from.</summary>
    IEnumerable<CollaborationRow> ReadCollaborations(CancellationToken cancellationToken);

    /// <summary>
    /// Works on which a person of <paramref name="left"/> and a different person of <paramref name="right"/> are both
    /// authors, whatever their author count (callers apply their own limits), newest first for each pair.
    /// </summary>
    IReadOnlyList<SharedWork> GetSharedWorks(IReadOnlyCollection<PersonId> left, IReadOnlyCollection<PersonId> right);

    /// <summary>
    /// What <see cref="GetSharedWorks"/> gives, counted per pair and kind: the works dated from
    /// <paramref name="sinceYear"/> on or undated, of at most <paramref name="maxAuthors"/> persons, and the latest year.
    /// </summary>
    IReadOnlyList<CoauthorCount> GetCoauthorCounts(IReadOnlyCollection<PersonId> left, IReadOnlyCollection<PersonId> right, int sinceYear, int maxAuthors);

    /// <summary>
    /// Every person's institution spans (as <see cref="GetAffiliations"/>) as of the last rebuild of the derived tables,
    /// streamed by institution, then person: what colleague edges are made of.
    /// </summary>
    IEnumerable<AffiliationSpan> ReadAffiliationSpans(CancellationToken cancellationToken);

    /// <summary>
    /// Every work's kind, year, citations and countries, streamed in id order (one scan): with <see cref="ReadAuthorshipFacts"/>
    /// and <see cref="ReadPersonCountries"/>, what the person facts behind scout filters are built from.
    /// </summary>
    IEnumerable<WorkFact> ReadWorkFacts(CancellationToken cancellationToken);

    /// <summary>Every authorship's work, person and institution, streamed in the table's order (work, then position: one scan).</summary>
    IEnumerable<AuthorshipFact> ReadAuthorshipFacts(CancellationToken cancellationToken);

    /// <summary>Every person with the country stored with them (from their first mention), in id order.</summary>
    IEnumerable<(PersonId Person, string CountryCode)> ReadPersonCountries(CancellationToken cancellationToken);

    /// <summary>Kind, title and year of each work by id, in id order (unknown ids are absent): what search shows of the works it lists.</summary>
    IReadOnlyList<WorkHeadline> GetWorkHeadlines(IReadOnlyCollection<WorkId> works);

    /// <summary>Every institution in id order.</summary>
    IReadOnlyList<Institution> ReadInstitutions();

    /// <summary>Every person's concept profile (as <see cref="GetPersonConcepts"/>), streamed by person, strongest first: what fields are read from.</summary>
    IEnumerable<PersonConcept> ReadPersonConcepts(CancellationToken cancellationToken);

    /// <summary>Where each person worked, from the institutions on their authorships, latest first.</summary>
    IReadOnlyList<AffiliationSpan> GetAffiliations(IReadOnlyCollection<PersonId> persons);

    // ---- Person profile (expertgraph show): reads of one person's statistics, works and co-authors. ----

    /// <summary>A person's statistics as of the last rebuild of the derived tables (null: none derived for that id).</summary>
    PersonStats? GetPersonStats(PersonId person);

    /// <summary>Every work of a person, each once, newest first (works without a year last), then by id, highest first.</summary>
    IReadOnlyList<PersonWork> GetPersonWorks(PersonId person);

    /// <summary>
    /// Every person sharing works with <paramref name="person"/>, counting only works of at most
    /// <paramref name="maxAuthorsPerWork"/> distinct persons (the rule of the derived collaborations,
    /// <see cref="DerivedTablesOptions.MaxAuthorsForCollaboration"/>), read from the authorships as they are now, by id.
    /// </summary>
    IReadOnlyList<Coauthor> GetCoauthors(PersonId person, int maxAuthorsPerWork);
    // ---- End of person profile reads. ----

    /// <summary>
    /// Merges <paramref name="sources"/> into <paramref name="target"/> in one transaction: their authorships, resolution
    /// keys, name variants and pins move to the target, each source is removed and redirected to it, and the decision is
    /// logged. Refused with <see cref="CurationException"/> (nothing written) for an unknown or merged-away person, persons
    /// a curator separated, or two different ORCIDs on the merged person. Marks the derived tables stale.
    /// </summary>
    void MergePersons(PersonId target, IReadOnlyCollection<PersonId> sources, CurationNote note);

    /// <summary>
    /// Moves <paramref name="mentions"/> (each must be on <paramref name="person"/>) to a new person named as the first of
    /// them, pins them there and separates the two persons, in one transaction; returns the new person.
    /// </summary>
    PersonId SplitPerson(PersonId person, IReadOnlyList<MentionRef> mentions, CurationNote note);

    /// <summary>Puts <paramref name="mention"/> on <paramref name="person"/> (moving it if needed) and pins it there for every later run.</summary>
    void PinMention(MentionRef mention, PersonId person, CurationNote note);

    /// <summary>Curator decisions, newest first: all, or those naming <paramref name="person"/> or a person merged into it.</summary>
    IReadOnlyList<CurationEntry> GetCurationLog(PersonId? person, int limit);

    /// <summary>The person a merged-away person now is (null: not merged away).</summary>
    PersonId? RedirectOf(PersonId person);

    /// <summary>Persons a curator said are not <paramref name="person"/> (a split, for now): the resolver must never join them.</summary>
    IReadOnlyList<PersonId> GetSeparations(PersonId person);

    /// <summary>Every separation a curator recorded, as pairs (smaller id first), ordered: what re-resolution must never join.</summary>
    IReadOnlyList<(PersonId A, PersonId B)> GetAllSeparations();

    /// <summary>A person's mentions, newest work first, at most <paramref name="limit"/>.</summary>
    IReadOnlyList<PersonMention> GetPersonMentions(PersonId person, int limit);

    /// <summary>The mentions of one work in position order (empty for an unknown work).</summary>
    IReadOnlyList<PersonMention> GetWorkMentions(WorkId work);

    /// <summary>The store id of the work with this source key, if stored.</summary>
    WorkId? FindWork(SourceKey key);

    /// <summary>Works by id as <see cref="ReadWorks"/> reads them (what their index documents are written from), in id order.</summary>
    IReadOnlyList<StoredWork> GetWorks(IReadOnlyCollection<WorkId> ids);

    /// <summary>Every committed authorship whose block key is <paramref name="blockKey"/>, with what the resolver compares, ordered by work id, then position.</summary>
    IReadOnlyList<BlockMention> GetBlockMentions(string blockKey);

    /// <summary>Every block key with its number of mentions, ordered by key (ordinal): what a batch re-resolution walks.</summary>
    IReadOnlyList<(string BlockKey, int Mentions)> GetBlocks();

    /// <summary>At most <paramref name="limit"/> authorships with no block key (stored before schema 7), ordered by work id, then position.</summary>
    IReadOnlyList<MentionName> GetMentionsWithoutBlock(int limit);

    /// <summary>Writes the block keys of existing authorships, in one transaction (back-filling a store written before schema 7).</summary>
    void SetBlockKeys(IReadOnlyList<(WorkId Work, int Position, string BlockKey)> keys);

    /// <summary>At most <paramref name="limit"/> persons with at least one resolution flag, lowest confidence first, then by id.</summary>
    IReadOnlyList<FlaggedPerson> GetFlaggedPersons(int limit);

    /// <summary>
    /// A person's resolution confidence and flags (null: never weighed, or no such person); one only ingest weighed is
    /// not <see cref="PersonResolution.Inspected"/>.
    /// </summary>
    PersonResolution? GetPersonResolution(PersonId person);

    /// <summary>
    /// Stores a profile page by its key (<see cref="ProfilePage.Key"/>): inserted; updated when its content hash changed
    /// (its match is then reset to <see cref="ProfilePageMatch.NotYet"/>); unchanged otherwise. Pages are evidence kept
    /// beside the source records, which they never change.
    /// </summary>
    UpsertOutcome UpsertProfilePage(ProfilePage page, string contentHash, DateTimeOffset readAt);

    /// <summary>Records which person the page with <paramref name="pageKey"/> is about (or that none is).</summary>
    void SetProfilePageMatch(string pageKey, ProfilePageMatch match);

    /// <summary>The pages matched to <paramref name="person"/>, by key.</summary>
    IReadOnlyList<StoredProfilePage> GetProfilePages(PersonId person);

    /// <summary>Every stored page, by key (pages are few beside works).</summary>
    IReadOnlyList<StoredProfilePage> ReadProfilePages();

    /// <summary>Stores an API key (its hash, never the key) and returns its id.</summary>
    long AddApiKey(NewApiKey key);

    /// <summary>Every API key, revoked ones too, by id.</summary>
    IReadOnlyList<StoredApiKey> GetApiKeys();

    /// <summary>The key whose SHA-256 hash (hex) is <paramref name="hash"/>, revoked or not; null when none is.</summary>
    StoredApiKey? FindApiKey(string hash);

    /// <summary>Marks a key revoked at <paramref name="at"/>; false when no such key exists or it was revoked before.</summary>
    bool RevokeApiKey(long id, DateTimeOffset at);

    /// <summary>Appends a row to the audit log and returns its id.</summary>
    long AppendAudit(AuditEntry entry);

    /// <summary>Audit rows, newest first (see <see cref="AuditQuery"/>).</summary>
    IReadOnlyList<AuditEntry> GetAudit(AuditQuery query);

    // ---- Shortlists: named lists of persons an analyst keeps (docs/exports.md). ----

    /// <summary>Creates an empty shortlist; false (nothing changed) when one of that name exists.</summary>
    bool CreateShortlist(string name, string? note, DateTimeOffset createdAt);

    /// <summary>
    /// Appends <paramref name="persons"/> to a shortlist in the order given, each with <paramref name="note"/>; a person
    /// already on it keeps its place and gets the note when one is given. Returns how many were added. Refused with
    /// <see cref="StoreException"/> for an unknown shortlist.
    /// </summary>
    int AddToShortlist(string name, IReadOnlyList<PersonId> persons, string? note, DateTimeOffset addedAt);

    /// <summary>Takes persons off a shortlist (the others keep their order); returns how many were on it. Unknown list: <see cref="StoreException"/>.</summary>
    int RemoveFromShortlist(string name, IReadOnlyCollection<PersonId> persons);

    /// <summary>Deletes a shortlist and its entries; false when there is none of that name.</summary>
    bool DeleteShortlist(string name);

    /// <summary>A shortlist with its entries in list order (null: none of that name).</summary>
    Shortlist? GetShortlist(string name);

    /// <summary>Every shortlist by name (ordinal), with its entries.</summary>
    IReadOnlyList<Shortlist> GetShortlists();
}
