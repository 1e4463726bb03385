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
/// <item>a mention carrying an ORCID or a source author id that a person already holds is that person;</item>
/// <item>a mention of a re-written work keeps the person its position had, when its name stays in the same block;</item>
/// <item>otherwise its name block ("family|initial") is loaded from the store once per run, and the
/// <see cref="IncrementalResolver"/> puts the mention with the block's best person above the model's thresholds, or
/// starts a new person.</item>
/// </list>
/// New and stored mentions are compared through the same signature (<see cref="StoredMentionSignatures"/>). Every decision
/// depends on the stored block and the mention alone (the rarity weights are the block's own), so an ingest killed and
/// run again decides as an uninterrupted one. A mention without hard id gets the key "mention:&lt;work&gt;#&lt;position&gt;",
/// which curation and the exact-key resolver find it by. Each mention carries the probability tying it to its person
/// (<see cref="ResolvedAuthor.Confidence"/>), from which the pipeline keeps every person's confidence. One instance serves one ingestion run; it keeps the blocks it
/// loaded (up to <see cref="MaxCachedMentions"/> mentions).
/// </summary>
public sealed class ModelAuthorResolver : IAuthorResolver
{
    public const int MaxCachedMentions = 1_000_000;

    private readonly IncrementalResolver _resolver;
    private readonly MentionProfiler _profiler;
    private readonly PersonNameKeys _names;
    private readonly StoredMentionSignatures _signatures;
    private readonly InstitutionResolver _institutions = new();
    private readonly Dictionary<string, ResolutionBlock> _blocks = new(StringComparer.Ordinal);
    private readonly StringPool _strings = new();
    private ResolutionCache _cache = new();
    private readonly Dictionary<(long Work, int Position), string> _storedBlocks = [];
    private int _cachedMentions;

    public ModelAuthorResolver(ResolutionModel model, PersonNameKeys names, ConceptTagger? tagger = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        _names = names ?? throw new ArgumentNullException(nameof(names));
        _signatures = new StoredMentionSignatures(tagger);
        _resolver = new IncrementalResolver(model);
        // Concepts come with the signature (tagged once per work below), so the profiler needs no tagger of its own.
        _profiler = new MentionProfiler(names);
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

    public IReadOnlyList<ResolvedAuthor> Resolve(Work work, WorkId workId, IStoreWriteSession session)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(session);
        // The cache starts over between works, never within one: a work's own mentions must stay in its blocks.
        if (_cachedMentions > MaxCachedMentions)
        {
            _blocks.Clear();
            _strings.Clear();
            _signatures.Forget();
            _storedBlocks.Clear();
            _cachedMentions = 0;
        }

        var previous = session.GetAuthorshipPersons(workId);
        // A work written again: the blocks holding its earlier version are read again from the store (which leaves
        // that version out while the work is written), so that no block keeps a mention the store no longer has.
        foreach (var position in previous.Keys)
        {
            if (_storedBlocks.TryGetValue((workId.Value, position), out var stale)) _blocks.Remove(stale);
        }

        var resolved = new List<ResolvedAuthor>(work.Authors.Count);
        foreach (var mention in work.Authors)
        {
            var blockKey = MentionBlockKey.Of(_names, mention.RawName) ?? string.Empty;
            var (institution, _, country) = _institutions.Resolve(work, mention, session);
            var stored = StoredMentionSignatures.StoredForm(work, workId, mention);
            var profile = Profile(stored);
            var hardKeys = HardKeys(work, mention);

            var person = FindByHardKey(hardKeys, session);
            // The probability tying the mention to its person (ResolvedAuthor.Confidence); no block to weigh it in: 1.
            double? confidence = 1;
            if (person is not null) Counts.HardLinked++;
            ResolutionBlock? block = null;
            if (blockKey.Length > 0)
            {
                block = Block(blockKey, workId, session);
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

            if (block is not null)
            {
                Record(block, person.Value, profile);
                _storedBlocks[(workId.Value, mention.Position)] = blockKey;
                _cachedMentions++;
            }

            foreach (var key in hardKeys) AddKey(key, person.Value, session);
            if (hardKeys.Count == 0) AddKey($"mention:{work.Key}#{mention.Position.ToString(CultureInfo.InvariantCulture)}", person.Value, session);
            if (_cache.AddVariant(person.Value, mention.RawName)) session.AddNameVariant(person.Value, mention.RawName);
            resolved.Add(new ResolvedAuthor(mention, person.Value, institution) { BlockKey = blockKey, Confidence = confidence });
        }

        return resolved;
    }

    /// <summary>The mention's profile as the block cache keeps it (<see cref="MentionProfile.Compacted"/>).</summary>
    private MentionProfile Profile(BlockMention mention) => _profiler.Profile(_signatures.Of(mention)).Compacted(_strings);

    /// <summary>The block as the store has it (mentions of the work being re-written left out), loaded once per run.</summary>
    private ResolutionBlock Block(string key, WorkId writing, IStoreWriteSession session)
    {
        if (_blocks.TryGetValue(key, out var block)) return block;

        block = new ResolutionBlock();
        var stored = session.GetBlockMentions(key);
        foreach (var mention in stored) _storedBlocks[(mention.Work.Value, mention.Position)] = key;
        foreach (var group in stored.Where(m => m.Work != writing).GroupBy(m => m.Person))
            block.AddPerson(group.Key.Value, group.Select(Profile));
        _blocks[key] = block;
        _cachedMentions += stored.Count;
        return block;
    }

    private static void Record(ResolutionBlock block, PersonId person, MentionProfile profile)
    {
        var existing = block.Persons.FirstOrDefault(p => p.Id == person.Value);
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
        var owner = session.FindPersonByKey(key);
        if (owner is null) session.AddPersonKey(key, person);
        _cache.AddPerson(key, owner ?? person);
    }
}

/// <summary>How a run's mentions were resolved (<see cref="ModelAuthorResolver"/>).</summary>
public sealed class ResolutionCounts
{
    public long HardLinked { get; internal set; }

    public long Kept { get; internal set; }

    public long Joined { get; internal set; }

    public long NewPersons { get; internal set; }
}
