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
/// New and stored mentions are compared through the same signature (<see cref="SignatureOf"/>), built from what the
/// store keeps of a mention, so that a person's stored papers and its new ones look alike to the model. One instance
/// serves one ingestion run; it keeps the blocks it loaded (up to <see cref="MaxCachedMentions"/> mentions) and the
/// counts the rarity features read (<see cref="CorpusStatistics"/>) over everything it has seen in the run.
/// </summary>
public sealed class ModelAuthorResolver : IAuthorResolver
{
    public const int MaxCachedMentions = 2_000_000;

    private readonly IncrementalResolver _resolver;
    private readonly MentionProfiler _profiler;
    private readonly PersonNameKeys _names;
    private readonly ConceptTagger? _tagger;
    private readonly InstitutionResolver _institutions = new();
    private readonly Dictionary<string, ResolutionBlock> _blocks = new(StringComparer.Ordinal);
    private readonly Dictionary<long, KeyValuePair<int, float>[]> _titleConcepts = [];
    private readonly Dictionary<string, PersonId> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<(long Work, int Position), string> _storedBlocks = [];
    private readonly HashSet<(long Person, string Name)> _variants = [];
    private CorpusStatistics _statistics = new();
    private int _cachedMentions;

    public ModelAuthorResolver(ResolutionModel model, PersonNameKeys names, ConceptTagger? tagger = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        _names = names ?? throw new ArgumentNullException(nameof(names));
        _tagger = tagger;
        _resolver = new IncrementalResolver(model);
        // Concepts come with the signature (tagged once per work below), so the profiler needs no tagger of its own.
        _profiler = new MentionProfiler(names);
    }

    /// <summary>What the run decided so far: mentions by hard link, kept on re-ingest, joined by the model, new persons.</summary>
    public ResolutionCounts Counts { get; } = new();

    public void Forget()
    {
        _blocks.Clear();
        _keys.Clear();
        _storedBlocks.Clear();
        _variants.Clear();
        _titleConcepts.Clear();
        _institutions.Forget();
        _statistics = new CorpusStatistics();
        _cachedMentions = 0;
    }

    public IReadOnlyList<ResolvedAuthor> Resolve(Work work, WorkId workId, IStoreWriteSession session)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(session);
        var previous = session.GetAuthorshipPersons(workId);
        var resolved = new List<ResolvedAuthor>(work.Authors.Count);
        foreach (var mention in work.Authors)
        {
            var name = mention.Name ?? PersonNameParser.Parse(mention.RawName);
            var blockKey = MentionBlockKey.Of(_names, mention.RawName) ?? string.Empty;
            var (institution, _, country) = _institutions.Resolve(work, mention, session);
            var stored = StoredForm(work, workId, mention);
            var profile = Profile(stored);
            var hardKeys = HardKeys(work, mention);

            var person = FindByHardKey(hardKeys, session);
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
                    Counts.Kept++;
                }

                if (person is null && _resolver.Decide(block, profile, _statistics) is { Person: { } joined })
                {
                    person = new PersonId(joined.Id);
                    Counts.Joined++;
                }
            }

            if (person is null)
            {
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
            }

            foreach (var key in hardKeys) AddKey(key, person.Value, session);
            if (_variants.Add((person.Value.Value, mention.RawName))) session.AddNameVariant(person.Value, mention.RawName);
            resolved.Add(new ResolvedAuthor(mention, person.Value, institution) { BlockKey = blockKey });
        }

        return resolved;
    }

    /// <summary>
    /// The signature the model compares, from what the store keeps of a mention: affiliations as the authorship's
    /// affiliation text, the source's author id scoped by source, concepts from the title (as the model was trained).
    /// </summary>
    public MentionSignature SignatureOf(BlockMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var work = mention.Work.Value.ToString(CultureInfo.InvariantCulture);
        return new MentionSignature(work + "#" + mention.Position.ToString(CultureInfo.InvariantCulture), mention.RawName)
        {
            WorkId = work,
            Coauthors = mention.Coauthors,
            Affiliations = mention.Affiliation is { } affiliation
                ? affiliation.Split(" | ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : [],
            Orcid = mention.Orcid,
            Email = mention.Email,
            SourceAuthorId = mention.SourceAuthorId is { Length: > 0 } id ? $"src:{mention.Source}:{id}" : null,
            Venue = mention.Venue,
            Title = mention.Title,
            Year = mention.Year,
            Classifications = mention.Classifications,
            Concepts = TitleConcepts(mention.Work, mention.Title),
        };
    }

    /// <summary>A mention of the work being written as the store will keep it (the pipeline's AuthorshipRow and the work).</summary>
    private static BlockMention StoredForm(Work work, WorkId workId, AuthorMention mention) =>
        new(workId, mention.Position, default, mention.RawName)
        {
            Source = work.Key.Source,
            Affiliation = mention.Affiliations.Count == 0 ? null : string.Join(" | ", mention.Affiliations.Select(a => a.RawText)),
            Email = mention.Email,
            Orcid = mention.Orcid,
            SourceAuthorId = mention.SourceAuthorId,
            Title = work.Title,
            Venue = work.Venue,
            Year = work.Year,
            Classifications = [.. work.Classifications.Select(c => c.Scheme + ":" + c.Code)],
            Coauthors = [.. work.Authors.Where(a => a.Position != mention.Position).Select(a => a.RawName)],
        };

    private MentionProfile Profile(BlockMention mention)
    {
        var profile = _profiler.Profile(SignatureOf(mention));
        _statistics.Add(profile);
        return profile;
    }

    /// <summary>The block as the store has it (mentions of the work being re-written left out), loaded once per run.</summary>
    private ResolutionBlock Block(string key, WorkId writing, IStoreWriteSession session)
    {
        if (_blocks.TryGetValue(key, out var block)) return block;
        if (_cachedMentions > MaxCachedMentions)
        {
            _blocks.Clear();
            _titleConcepts.Clear();
            _storedBlocks.Clear();
            _cachedMentions = 0;
        }

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

    private KeyValuePair<int, float>[] TitleConcepts(WorkId work, string? title)
    {
        if (_tagger is null || string.IsNullOrWhiteSpace(title)) return [];
        if (_titleConcepts.TryGetValue(work.Value, out var concepts)) return concepts;
        concepts = [.. _tagger.Profile(title).Select(c => new KeyValuePair<int, float>(c.Concept, (float)c.Weight))];
        _titleConcepts[work.Value] = concepts;
        return concepts;
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
            if (_keys.TryGetValue(key, out var cached)) return cached;
            if (session.FindPersonByKey(key) is { } found)
            {
                _keys[key] = found;
                return found;
            }
        }

        return null;
    }

    /// <summary>Links a hard key to the person; a key another person holds already stays with it (first writer wins).</summary>
    private void AddKey(string key, PersonId person, IStoreWriteSession session)
    {
        if (_keys.ContainsKey(key)) return;
        var owner = session.FindPersonByKey(key);
        if (owner is null) session.AddPersonKey(key, person);
        _keys[key] = owner ?? person;
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
