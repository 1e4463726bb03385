using System.Globalization;
using ExpertGraph.Core.Lexicon;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Core.Resolution;
using ExpertGraph.Core.Storage;
using ExpertGraph.Ingestion.Normalization;
using ExpertGraph.Resolution;
using ExpertGraph.Resolution.Features;
using ExpertGraph.Resolution.Incremental;
using ExpertGraph.Resolution.Model;

namespace ExpertGraph.Ingestion.Resolution;

/// <summary>
/// Resolution with the trained model (docs/resolution.md), one mention at a time as works arrive:
/// <list type="number">
/// <item>a mention carrying an ORCID or a source author id that a person already holds is that person (its block is
/// not read for it: the stored mention joins the block when the block is next loaded);</item>
/// <item>a mention of a re-written work keeps the person its position had, when its name stays in the same block;</item>
/// <item>otherwise its name block ("family|initial") is loaded from the store once per run, and the
/// <see cref="IncrementalResolver"/> puts the mention with the block's best person above the model's thresholds, or
/// starts a new person.</item>
/// </list>
/// New and stored mentions are compared through the same signature (<see cref="StoredMentionSignatures"/>). Every decision
/// depends on the stored block and the mention alone (the rarity weights are the block's own), so an ingest killed and
/// run again decides as an uninterrupted one. A mention without hard id gets the key "mention:&lt;work&gt;#&lt;position&gt;",
/// which curation and the exact-key resolver find it by. Each mention carries the probability tying it to its person
/// (<see cref="ResolvedAuthor.Confidence"/>), from which the pipeline keeps every person's confidence. One instance serves
/// one ingestion run; it keeps the blocks it loaded, up to <see cref="MaxCachedMentions"/> mentions (or the limit it is
/// given), then lets go of the least recently used ones until three quarters of that remain (an evicted block is read
/// again when needed). The profiles' sets are numbers of one <see cref="TokenTable"/> for the run, which only grows (a
/// profile waiting in the pipeline or a kept block may hold any of its numbers): one string per distinct co-author key
/// and word the run has seen.
/// </summary>
public sealed class ModelAuthorResolver : IAuthorResolver
{
    /// <summary>
    /// The default limit. 1.2M (the memory 1M took before the seventeenth session's smaller mentions) was tried at 1M works
    /// and gave no time, with 0.36 GB more at the peak (benchmarks/RESULTS.md "Seventeenth session").
    /// </summary>
    public const int MaxCachedMentions = 1_000_000;

    private readonly int _maxCachedMentions;
    private readonly long _lexiconVersion;

    private readonly IncrementalResolver _resolver;
    private readonly MentionProfiler _profiler;
    // The read stage's own (Prepare): the profiler keeps memos and the last title, which the write stage's must not share.
    private readonly MentionProfiler _preparer;
    private readonly StoredMentionSignatures _signatures;
    private readonly InstitutionResolver _institutions = new();
    private readonly Dictionary<string, CachedBlock> _blocks = new(StringComparer.Ordinal);
    private readonly StringPool _strings = new();
    // The run's token numbers, shared by both profilers and the stored profiles decoded: every cached profile's sets.
    private readonly TokenTable _tokens = new();
    private ResolutionCache _cache = new();
    private readonly Dictionary<(long Work, int Position), string> _storedBlocks = [];
    private readonly HashSet<string> _profiledBlockKeys = new(StringComparer.Ordinal);
    private int _cachedMentions;
    private long _works;

    /// <param name="lexiconVersion">The version of the lexicon <paramref name="tagger"/> tags with (0 without one): stored
    /// profiles tagged with another are made again from their works.</param>
    public ModelAuthorResolver(ResolutionModel model, PersonNameKeys names, ConceptTagger? tagger = null, int maxCachedMentions = MaxCachedMentions,
        long lexiconVersion = 0)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCachedMentions, 1);
        _maxCachedMentions = maxCachedMentions;
        if (tagger is not null && lexiconVersion == 0)
            throw new ArgumentException("a tagger needs its lexicon's version: stored profiles are stamped with it", nameof(lexiconVersion));
        _lexiconVersion = tagger is null ? 0 : lexiconVersion;
        ArgumentNullException.ThrowIfNull(names);
        _signatures = new StoredMentionSignatures(tagger);
        _resolver = new IncrementalResolver(model);
        // Concepts come with the signature (tagged once per work below), so the profiler needs no tagger of its own.
        _profiler = new MentionProfiler(names, tokens: _tokens);
        _preparer = new MentionProfiler(names, tokens: _tokens);
    }

    /// <summary>What the run decided so far: mentions by hard link, kept on re-ingest, joined by the model, new persons.</summary>
    public ResolutionCounts Counts { get; } = new();

    public void Forget()
    {
        _blocks.Clear();
        _strings.Clear();
        _cache = new ResolutionCache();
        _storedBlocks.Clear();
        _signatures.Forget();
        _institutions.Forget();
        _cachedMentions = 0;
    }

    /// <summary>
    /// The profiles of the work's mentions and their stored form, which need no store: made on the pipeline's read stage
    /// (one work after another, while <see cref="Resolve"/> runs on the write stage), with the read stage's own profiler.
    /// </summary>
    public PreparedAuthors Prepare(Work work) => ProfilesOf(work, _preparer);

    /// <summary>The work's profiles, lean (as they wait in the pipeline, a few batches of works: <see cref="MentionProfile.Lean"/>), and encoded.</summary>
    private PreparedProfiles ProfilesOf(Work work, MentionProfiler profiler)
    {
        ArgumentNullException.ThrowIfNull(work);
        var signatures = _signatures.OfUnwritten(work);
        var profiles = new MentionProfile[signatures.Length];
        var encoded = new byte[]?[signatures.Length];
        for (var i = 0; i < profiles.Length; i++)
        {
            profiles[i] = profiler.Profile(signatures[i]).Lean(StoredMentionSignatures.UnwrittenId, null);
            // The profiler reads the name as MentionBlockKey does ("" for no personal name): such a mention joins no block.
            if (profiles[i].BlockingKey.Length > 0) encoded[i] = MentionProfileCodec.Encode(profiles[i], _lexiconVersion);
        }

        return new PreparedProfiles(work, profiles, encoded);
    }

    public IReadOnlyList<ResolvedAuthor> Resolve(Work work, WorkId workId, IStoreWriteSession session, PreparedAuthors? prepared = null)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(session);
        var profiles = prepared is PreparedProfiles made && ReferenceEquals(made.Work, work) ? made : ProfilesOf(work, _profiler);
        // Blocks are evicted between works, never within one: a work's own mentions must stay in its blocks.
        _works++;
        if (_cachedMentions > _maxCachedMentions) EvictLeastRecentlyUsed();

        var previous = session.GetAuthorshipPersons(workId);
        // A work written again: the blocks holding its earlier version are read again from the store (which leaves
        // that version out while the work is written), so that no block keeps a mention the store no longer has.
        foreach (var position in previous.Keys)
        {
            if (_storedBlocks.TryGetValue((workId.Value, position), out var stale) && _blocks.Remove(stale, out var removed))
                _cachedMentions -= removed.Block.Mentions.Count;
        }

        var resolved = new List<ResolvedAuthor>(work.Authors.Count);
        // One string of the work's id for all its mentions: the cached profiles keep it.
        var workText = StoredMentionSignatures.WorkTextOf(workId);
        // This work's hard-linked mentions whose block was not loaded: the store has them only after the work is written,
        // so a later mention of the work that loads the block records them first, as if the block had been there.
        List<(string BlockKey, int Position, PersonId Person, MentionProfile Profile)>? unrecorded = null;
        for (var index = 0; index < work.Authors.Count; index++)
        {
            var mention = work.Authors[index];
            var (institution, _, country) = _institutions.Resolve(work, mention, session);
            // Made before the work had its id: the signature gets it here, as the block cache keeps the profile.
            var profile = profiles.Profiles[index].Compacted(_strings, StoredMentionSignatures.IdOf(workText, mention.Position), workText);
            var blockKey = profile.BlockingKey;
            var hardKeys = HardKeys(work, mention);

            var person = FindByHardKey(hardKeys, session);
            // The probability tying the mention to its person (ResolvedAuthor.Confidence); no block to weigh it in: 1.
            double? confidence = 1;
            if (person is not null) Counts.HardLinked++;
            CachedBlock? cached = null;
            // A hard-linked mention needs its block only to be recorded in it: a block not in the cache reads the
            // mention from the store when it is next loaded, as an evicted one would, so it is not loaded for this.
            if (blockKey.Length > 0 && (person is null || ReadsBlocksOfHardLinks || _blocks.ContainsKey(blockKey)))
            {
                cached = Block(blockKey, workId, session);
                var block = cached.Block;
                if (unrecorded is not null)
                {
                    foreach (var earlier in unrecorded.Where(u => u.BlockKey == blockKey))
                        Record(cached, workId, earlier.Position, earlier.Person, earlier.Profile);
                    unrecorded.RemoveAll(u => u.BlockKey == blockKey);
                }

                // A re-written work's mention keeps its person when it stays in the block it was stored in.
                if (person is null && previous.TryGetValue(mention.Position, out var before)
                    && _storedBlocks.TryGetValue((workId.Value, mention.Position), out var storedBlock) && storedBlock == blockKey)
                {
                    person = before;
                    confidence = null;
                    Counts.Kept++;
                }

                if (person is null)
                {
                    var decision = _resolver.Decide(block, profile);
                    if (decision.Person is { } joined)
                    {
                        person = new PersonId(joined.Id);
                        confidence = decision.Probability;
                        Counts.Joined++;
                    }
                    else confidence = 1 - decision.Probability;
                }
            }

            if (person is null)
            {
                var name = mention.Name ?? PersonNameParser.Parse(mention.RawName);
                person = session.CreatePerson(new NewPerson(name.Display, name, PersonNameParser.NormalizeKey(name))
                {
                    Orcid = mention.Orcid,
                    Institution = institution,
                    CountryCode = country,
                });
                Counts.NewPersons++;
            }

            if (cached is not null) Record(cached, workId, mention.Position, person.Value, profile);
            else if (blockKey.Length > 0) (unrecorded ??= []).Add((blockKey, mention.Position, person.Value, profile));

            foreach (var key in hardKeys) AddKey(key, person.Value, session);
            if (hardKeys.Count == 0) AddKey(MentionKey.Of(work.Key, mention.Position), person.Value, session);
            if (_cache.AddVariant(person.Value, mention.RawName)) session.AddNameVariant(person.Value, mention.RawName);
            resolved.Add(new ResolvedAuthor(mention, person.Value, institution)
            {
                BlockKey = blockKey,
                Confidence = confidence,
                Profile = profiles.Encoded[index],
            });
        }

        return resolved;
    }

    /// <summary>The mention's profile as the block cache keeps it (<see cref="MentionProfile.Compacted"/>).</summary>
    private MentionProfile Profile(BlockMention mention) => _profiler.Profile(_signatures.Of(mention)).Compacted(_strings);

    /// <summary>The block as the store has it (mentions of the work being re-written left out), read once while cached.</summary>
    private CachedBlock Block(string key, WorkId writing, IStoreWriteSession session)
    {
        if (_blocks.TryGetValue(key, out var cached))
        {
            cached.LastUse = _works;
            return cached;
        }

        var block = new ResolutionBlock();
        var stored = session.GetBlockProfiles(key);
        cached = new CachedBlock(key, block, new List<(long, int)>(stored.Count + 4)) { LastUse = _works };
        foreach (var mention in stored)
        {
            _storedBlocks[(mention.Work.Value, mention.Position)] = key;
            cached.Positions.Add((mention.Work.Value, mention.Position));
        }

        foreach (var (person, profiles) in StoredProfiles(key, stored, writing, session))
            block.AddPerson(person.Value, profiles);
        _blocks[key] = cached;
        _cachedMentions += block.Mentions.Count;
        return cached;
    }

    /// <summary>
    /// The block's stored mentions (those of the work being written left out) as profiles, grouped by person in stored
    /// order: decoded from the rows when every one has a profile of this codec and lexicon, else all made again from
    /// their works (rows written before profiles were stored, or with another lexicon), as the model compares them.
    /// </summary>
    private IEnumerable<(PersonId Person, IEnumerable<MentionProfile> Profiles)> StoredProfiles(
        string key, IReadOnlyList<StoredProfile> stored, WorkId writing, IStoreWriteSession session)
    {
        var decoded = new List<(PersonId Person, MentionProfile Profile)>(stored.Count);
        foreach (var row in stored)
        {
            if (row.Work == writing) continue;
            var (id, work) = StoredMentionSignatures.IdOf(row.Work, row.Position);
            MentionProfile? profile;
            try
            {
                profile = MentionProfileCodec.TryDecode(row.Profile, _lexiconVersion, id, row.RawName, work, _strings, _tokens);
            }
            catch (InvalidDataException)
            {
                // A damaged row (its header reads, the rest does not): the block is made again and every profile rewritten.
                return ProfiledAgain(key, stored, writing, session, rewriteAll: true);
            }

            if (profile is null) return ProfiledAgain(key, stored, writing, session, rewriteAll: false);
            decoded.Add((row.Person, profile));
        }

        DecodedBlocks++;
        return decoded.GroupBy(m => m.Person).Select(group => (group.Key, group.Select(m => m.Profile)));
    }

    /// <summary>
    /// The block read and profiled from its works, the old way; the rows that lacked a usable profile (all of them after
    /// a damaged one) get one, in the batch's transaction, so the next load of the block decodes (a store written before
    /// profiles pays once per block).
    /// </summary>
    private IEnumerable<(PersonId Person, IEnumerable<MentionProfile> Profiles)> ProfiledAgain(
        string key, IReadOnlyList<StoredProfile> stored, WorkId writing, IStoreWriteSession session, bool rewriteAll)
    {
        _profiledBlockKeys.Add(key);
        var usable = stored.Where(row => !rewriteAll && MentionProfileCodec.VersionsOf(row.Profile) == (MentionProfileCodec.Version, _lexiconVersion))
            .Select(row => (row.Work, row.Position)).ToHashSet();
        var mentions = session.GetBlockMentions(key).Where(m => m.Work != writing).Select(m => (Mention: m, Profile: Profile(m))).ToList();
        session.SetProfiles([.. mentions.Where(m => !usable.Contains((m.Mention.Work, m.Mention.Position)))
            .Select(m => (m.Mention.Work, m.Mention.Position, MentionProfileCodec.Encode(m.Profile, _lexiconVersion)))]);
        return mentions.GroupBy(m => m.Mention.Person).Select(group => (group.Key, group.Select(m => m.Profile)));
    }

    /// <summary>
    /// Reads the block of every mention, hard-linked ones too (the way before they were spared it): the reference a test
    /// compares the default against.
    /// </summary>
    internal bool ReadsBlocksOfHardLinks { get; init; }

    /// <summary>Blocks loaded from their stored profiles, and blocks profiled again from their works (some row had none).</summary>
    public int DecodedBlocks { get; private set; }

    /// <inheritdoc cref="DecodedBlocks"/>
    public int ProfiledBlocks => _profiledBlockKeys.Count;

    /// <summary>The keys of the blocks profiled again (<see cref="ProfiledBlocks"/>).</summary>
    internal IReadOnlyCollection<string> ProfiledBlockKeys => _profiledBlockKeys;

    /// <summary>
    /// Lets go of the least recently used blocks until three quarters of the limit remain, with what only they used:
    /// where their mentions are stored, the title concepts, and the shared strings once the pool holds more than
    /// <see cref="PooledStringsPerCachedMention"/> per mention the cache may hold. (The kept blocks hold their own
    /// strings; a pool started over at every eviction gave the same token a copy per eviction in the blocks kept longest.)
    /// </summary>
    private void EvictLeastRecentlyUsed()
    {
        foreach (var (key, cached) in _blocks.OrderBy(b => b.Value.LastUse).ThenBy(b => b.Key, StringComparer.Ordinal).ToList())
        {
            if (_cachedMentions <= _maxCachedMentions * 3L / 4) break;
            _blocks.Remove(key);
            _cachedMentions -= cached.Block.Mentions.Count;
            foreach (var position in cached.Positions)
            {
                if (_storedBlocks.TryGetValue(position, out var stored) && stored == key) _storedBlocks.Remove(position);
            }
        }

        if (_strings.Count > (long)_maxCachedMentions * PooledStringsPerCachedMention) _strings.Clear();
        _signatures.Forget();
        Evictions++;
    }

    /// <summary>Distinct strings the shared pool may keep per mention of the cache's limit, across evictions.</summary>
    private const int PooledStringsPerCachedMention = 2;

    /// <summary>How many times the cache was over its limit and let blocks go.</summary>
    public int Evictions { get; private set; }

    /// <summary>Records a mention of the work being written in its cached block.</summary>
    private void Record(CachedBlock cached, WorkId workId, int position, PersonId person, MentionProfile profile)
    {
        Record(cached.Block, person, profile);
        _storedBlocks[(workId.Value, position)] = cached.Key;
        cached.Positions.Add((workId.Value, position));
        _cachedMentions++;
    }

    private static void Record(ResolutionBlock block, PersonId person, MentionProfile profile)
    {
        var existing = block.Find(person.Value);
        if (existing is null) block.AddPerson(person.Value, [profile]);
        else block.Attach(existing, profile);
    }

    private static List<string> HardKeys(Work work, AuthorMention mention)
    {
        var keys = new List<string>(2);
        if (mention.Orcid is { Length: > 0 } orcid) keys.Add("orcid:" + orcid);
        if (mention.SourceAuthorId is { Length: > 0 } sourceId) keys.Add($"src:{work.Key.Source}:{sourceId}");
        return keys;
    }

    private PersonId? FindByHardKey(List<string> keys, IStoreWriteSession session)
    {
        foreach (var key in keys)
        {
            if (_cache.TryGetPerson(key, out var cached)) return cached;
            if (session.FindPersonByKey(key) is { } found)
            {
                _cache.AddPerson(key, found);
                return found;
            }
        }

        return null;
    }

    /// <summary>Links a hard key to the person; a key another person holds already stays with it (first writer wins).</summary>
    private void AddKey(string key, PersonId person, IStoreWriteSession session)
    {
        if (_cache.TryGetPerson(key, out _)) return;
        // A key the cache does not remember needs no owner read: the insert leaves a key another person holds as it is.
        if (!ResolutionCache.Remembers(key))
        {
            session.AddPersonKey(key, person);
            return;
        }

        var owner = session.FindPersonByKey(key);
        if (owner is null) session.AddPersonKey(key, person);
        _cache.AddPerson(key, owner ?? person);
    }
}

/// <summary>A cached block (by its key), the (work, position) of every mention read or recorded in it, and the work count at its last use.</summary>
internal sealed record CachedBlock(string Key, ResolutionBlock Block, List<(long Work, int Position)> Positions)
{
    public long LastUse { get; set; }
}

/// <summary>How a run's mentions were resolved (<see cref="ModelAuthorResolver"/>).</summary>
public sealed class ResolutionCounts
{
    public long HardLinked { get; internal set; }

    public long Kept { get; internal set; }

    public long Joined { get; internal set; }

    public long NewPersons { get; internal set; }
}

/// <summary>A work's mention profiles (in the order of its authors; their signatures' ids are placeholders) and their stored form (null for a mention without a personal name).</summary>
internal sealed class PreparedProfiles(Work work, MentionProfile[] profiles, byte[]?[] encoded) : PreparedAuthors(work)
{
    public MentionProfile[] Profiles { get; } = profiles;

    public byte[]?[] Encoded { get; } = encoded;
}
