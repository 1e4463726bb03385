using ExpertGraph.Resolution.Clustering;
using ExpertGraph.Resolution.Features;

namespace ExpertGraph.Resolution.Incremental;

/// <summary>A person of a block as the incremental resolver keeps it: an id, its mentions, and the hard ids they carry.</summary>
public sealed class BlockPerson
{
    private readonly List<int> _members = [];
    // Most persons have a mention or two, carry no hard id and go by one name: what a set would hold is kept without
    // one until a second value comes (a person of the block cache cost three sets, each three objects).
    private string? _firstWork;
    private HashSet<string>? _works;
    private HashSet<string>? _orcids;
    private HashSet<string>? _sourceIds;
    private OneName _chineseFullName;
    private OneName _hanName;
    private ClusterProfile? _profile;

    internal BlockPerson(long id) => Id = id;

    public long Id { get; }

    /// <summary>Indices of the person's mentions in <see cref="ResolutionBlock.Mentions"/>.</summary>
    public IReadOnlyList<int> Members => _members;

    /// <summary>
    /// True when the mention cannot be this person (<see cref="Clustering.BlockClusterer.Conflict"/> against any member):
    /// a work the person already has, another ORCID, another id of a source the person has an id of, another Chinese
    /// full name (or, in characters, another written name) than the one the person is known by.
    /// </summary>
    public bool ConflictsWith(MentionProfile mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        if (mention.WorkId is { } work && HasWork(work)) return true;
        if (mention is { Chinese: true, FullKey: { } full } && _chineseFullName.Excludes(full)) return true;
        if (mention.HanScript && _hanName.Excludes(BlockClusterer.HanName(mention))) return true;
        if (mention.Orcid is { } orcid && _orcids is { Count: > 0 } orcids && !orcids.Contains(orcid)) return true;
        if (mention.SourceAuthorId is not { } sourceId || _sourceIds is null) return false;
        var source = BlockClusterer.SourceOf(sourceId);
        return _sourceIds.Any(id => !string.Equals(id, sourceId, StringComparison.OrdinalIgnoreCase) && BlockClusterer.SourceOf(id) == source);
    }

    /// <summary>The person's members as one profile, as the second clustering stage compares it (kept until the person grows).</summary>
    internal ClusterProfile Profile(IReadOnlyList<MentionProfile> mentions) => _profile ??= ClusterProfile.Of(mentions, _members);

    internal void Add(int index, MentionProfile mention)
    {
        _members.Add(index);
        _profile = null;
        if (mention.WorkId is { } work) AddWork(work);
        if (mention.Orcid is { } orcid) (_orcids ??= new(StringComparer.OrdinalIgnoreCase)).Add(orcid);
        if (mention.SourceAuthorId is { } sourceId) (_sourceIds ??= new(StringComparer.OrdinalIgnoreCase)).Add(sourceId);
        if (mention is { Chinese: true, FullKey: { } full }) _chineseFullName.Add(full);
        if (mention.HanScript) _hanName.Add(BlockClusterer.HanName(mention));
    }

    private bool HasWork(string work) => _works?.Contains(work) ?? string.Equals(_firstWork, work, StringComparison.Ordinal);

    private void AddWork(string work)
    {
        if (_works is not null) _works.Add(work);
        else if (_firstWork is null) _firstWork = work;
        else if (!string.Equals(_firstWork, work, StringComparison.Ordinal)) _works = new(StringComparer.Ordinal) { _firstWork, work };
    }

    /// <summary>The one name a person is known by, or that it is known by several: all a name conflict asks of a set.</summary>
    private struct OneName
    {
        private string? _name;
        private bool _several;

        public void Add(string name)
        {
            if (_name is null) _name = name;
            else if (!string.Equals(_name, name, StringComparison.Ordinal)) _several = true;
        }

        /// <summary>True when the person has a name and <paramref name="name"/> is not its only one.</summary>
        public readonly bool Excludes(string name) => _name is not null && (_several || !string.Equals(_name, name, StringComparison.Ordinal));
    }
}

/// <summary>
/// One name block being resolved mention by mention: its mentions and persons so far, and the indexes the incremental
/// resolver needs so that a new mention costs what it shares, not the size of the block. It keeps
/// <list type="bullet">
/// <item>the co-author neighbours of every mention (read from the co-author index when asked for) and the block's
/// fragmentation (<see cref="BlockContext"/>), grown one mention at a time. One difference from the batch context: a
/// co-author name reaching <see cref="BlockContext.MaxMentionsPerCoauthor"/> mentions stops adding links, but the links
/// it made before stay;</item>
/// <item>which mentions share a co-author, an institution, a venue or the full name: where candidates come from in a
/// large block;</item>
/// <item>which person holds each ORCID, source id and e-mail: hard links decide before any model.</item>
/// </list>
/// </summary>
public sealed class ResolutionBlock
{
    private readonly List<MentionProfile> _mentions = [];
    private readonly List<BlockPerson> _personOf = [];
    private readonly List<BlockPerson> _persons = [];
    private readonly Dictionary<long, BlockPerson> _byId = [];
    private readonly List<int> _parent = [];
    private readonly MentionPostings<int> _byCoauthor = new();
    private readonly MentionPostings<(EvidenceKind Kind, string Key)> _byEvidence = new();
    private readonly Dictionary<string, BlockPerson> _byHardId = new(StringComparer.OrdinalIgnoreCase);
    private int _components;
    // Marks of the mentions a neighbour walk has counted already (the walk's number), grown with the block.
    private int[] _seen = [];
    private int _walk;

    public IReadOnlyList<MentionProfile> Mentions => _mentions;

    public IReadOnlyList<BlockPerson> Persons => _persons;

    /// <summary>The block's person of this id (the first added, should two share it), or null.</summary>
    public BlockPerson? Find(long id) => _byId.GetValueOrDefault(id);

    public ResolutionBlock() => Statistics = new CorpusStatistics(coauthor => _byCoauthor[coauthor].Count);

    /// <summary>
    /// The block's own counts for the rarity features (<see cref="CorpusStatistics"/>), grown with each mention; the
    /// co-author counts are read from the block's co-author index.
    /// </summary>
    public CorpusStatistics Statistics { get; }

    /// <summary>Connected groups of the co-author graph per mention (see <see cref="BlockContext.Fragmentation"/>).</summary>
    public float Fragmentation => _mentions.Count == 0 ? 0 : (float)_components / _mentions.Count;

    /// <summary>The person mention <paramref name="index"/> belongs to.</summary>
    public BlockPerson PersonOf(int index) => _personOf[index];

    /// <summary>Adds a person known before (from the store, or a gold profile) with its mentions.</summary>
    public BlockPerson AddPerson(long id, IEnumerable<MentionProfile> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var person = new BlockPerson(id);
        _persons.Add(person);
        _byId.TryAdd(id, person);
        foreach (var mention in mentions) Attach(person, mention);
        return person;
    }

    /// <summary>Adds <paramref name="mention"/> to <paramref name="person"/>, a person of this block.</summary>
    public void Attach(BlockPerson person, MentionProfile mention)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(mention);
        var index = _mentions.Count;
        var neighbours = NeighboursOf(mention);
        _mentions.Add(mention);
        _personOf.Add(person);
        _parent.Add(index);
        _components++;
        foreach (var other in neighbours) Union(index, other);

        foreach (var coauthor in mention.Coauthors) _byCoauthor.Add(coauthor, index);
        foreach (var key in EvidenceKeys(mention)) _byEvidence.Add(key, index);
        foreach (var key in HardIds(mention)) _byHardId.TryAdd(key, person);
        person.Add(index, mention);
        Statistics.Add(mention);
    }

    /// <summary>
    /// Mentions that share a co-author with <paramref name="mention"/> through a co-author name on at most
    /// <see cref="BlockContext.MaxMentionsPerCoauthor"/> mentions: its neighbours were it added now.
    /// </summary>
    internal HashSet<int> NeighboursOf(MentionProfile mention)
    {
        var neighbours = new HashSet<int>();
        foreach (var coauthor in mention.Coauthors)
        {
            var members = _byCoauthor[coauthor];
            if (members.Count == 0 || members.Count + 1 > BlockContext.MaxMentionsPerCoauthor) continue;
            for (var i = 0; i < members.Count; i++) neighbours.Add(members[i]);
        }

        return neighbours;
    }

    /// <summary>
    /// The mentions sharing a co-author with mention <paramref name="index"/>, ascending: as <see cref="NeighboursOf"/>
    /// found them when it was added, and those added later that found it. Both are read from the co-author index, which
    /// keeps every key's mentions in the order they came: two mentions are linked through a co-author when both are
    /// among its first <see cref="BlockContext.MaxMentionsPerCoauthor"/> (the later one then found the earlier).
    /// </summary>
    internal IReadOnlyList<int> Neighbours(int index)
    {
        var neighbours = new SortedSet<int>();
        foreach (var coauthor in _mentions[index].Coauthors)
        {
            var members = _byCoauthor[coauthor];
            var linked = Linked(members, index);
            for (var k = 0; k < linked; k++)
            {
                if (members[k] != index) neighbours.Add(members[k]);
            }
        }

        return [.. neighbours];
    }

    /// <summary>How many of mention <paramref name="index"/>'s neighbours are in <paramref name="set"/>.</summary>
    internal int NeighboursIn(int index, HashSet<int> set)
    {
        var walk = NextWalk();
        var count = 0;
        foreach (var coauthor in _mentions[index].Coauthors)
        {
            var members = _byCoauthor[coauthor];
            var linked = Linked(members, index);
            for (var k = 0; k < linked; k++)
            {
                var other = members[k];
                if (other == index || _seen[other] == walk) continue;
                _seen[other] = walk;
                if (set.Contains(other)) count++;
            }
        }

        return count;
    }

    /// <summary>Whether mention <paramref name="index"/> has a neighbour in <paramref name="set"/>.</summary>
    internal bool HasNeighbourIn(int index, HashSet<int> set)
    {
        foreach (var coauthor in _mentions[index].Coauthors)
        {
            var members = _byCoauthor[coauthor];
            var linked = Linked(members, index);
            for (var k = 0; k < linked; k++)
            {
                if (members[k] != index && set.Contains(members[k])) return true;
            }
        }

        return false;
    }

    /// <summary>How many of a co-author's first mentions are linked through it: all of its first ones when <paramref name="mention"/> is among them, else none.</summary>
    private static int Linked(PostingMembers members, int mention)
    {
        var linked = Math.Min(members.Count, BlockContext.MaxMentionsPerCoauthor);
        // Mentions are kept ascending, so the mention is among the first ones when the last of them is not before it.
        return linked >= 2 && members[linked - 1] >= mention ? linked : 0;
    }

    private int NextWalk()
    {
        if (_seen.Length < _mentions.Count) Array.Resize(ref _seen, Math.Max(_mentions.Count, _seen.Length * 2));
        if (++_walk == int.MaxValue)
        {
            Array.Clear(_seen);
            _walk = 1;
        }

        return _walk;
    }

    /// <summary>The fragmentation the block would have with <paramref name="neighbours"/>' mention added.</summary>
    internal float FragmentationWith(IReadOnlyCollection<int> neighbours)
    {
        var roots = new HashSet<int>();
        foreach (var other in neighbours) roots.Add(Root(other));
        return (float)(_components + 1 - roots.Count) / (_mentions.Count + 1);
    }

    /// <summary>The person holding one of the mention's hard ids (ORCID, source id, e-mail), if any.</summary>
    internal BlockPerson? HardLinked(MentionProfile mention)
    {
        foreach (var key in HardIds(mention))
        {
            if (_byHardId.TryGetValue(key, out var person)) return person;
        }

        return null;
    }

    /// <summary>
    /// Mentions worth comparing with <paramref name="mention"/> in a large block: those sharing a co-author, the
    /// institution, the venue or the full name, the most recent <paramref name="perKey"/> of each.
    /// </summary>
    internal HashSet<int> Candidates(MentionProfile mention, int perKey)
    {
        var candidates = new HashSet<int>();
        foreach (var coauthor in mention.Coauthors) AddLatest(_byCoauthor, coauthor, perKey, candidates);
        foreach (var key in EvidenceKeys(mention)) AddLatest(_byEvidence, key, perKey, candidates);
        return candidates;
    }

    private static void AddLatest<TKey>(MentionPostings<TKey> index, TKey key, int count, HashSet<int> into)
        where TKey : notnull
    {
        var members = index[key];
        for (var i = Math.Max(0, members.Count - count); i < members.Count; i++) into.Add(members[i]);
    }

    private enum EvidenceKind : byte
    {
        Institution,
        Venue,
        FullName,
    }

    private static IEnumerable<(EvidenceKind, string)> EvidenceKeys(MentionProfile mention)
    {
        if (mention.Institution is { } institution) yield return (EvidenceKind.Institution, institution);
        if (mention.Venue is { } venue) yield return (EvidenceKind.Venue, venue);
        if (mention.FullKey is { } full) yield return (EvidenceKind.FullName, full);
    }

    private static IEnumerable<string> HardIds(MentionProfile mention)
    {
        if (mention.Orcid is { } orcid) yield return "o:" + orcid;
        if (mention.SourceAuthorId is { } sourceId) yield return "s:" + sourceId;
        if (mention.Email is { } email) yield return "e:" + email;
    }

    private int Root(int i)
    {
        while (_parent[i] != i) i = _parent[i] = _parent[_parent[i]];
        return i;
    }

    private void Union(int a, int b)
    {
        var (x, y) = (Root(a), Root(b));
        if (x == y) return;
        _parent[Math.Max(x, y)] = Math.Min(x, y);
        _components--;
    }
}

/// <summary>
/// Which mentions of a block carry each key (a co-author, an institution…), in the order they were added. Most keys of a
/// block are carried by one mention: those hold the mention alone. The others' mentions lie in one array shared by the
/// block's keys, each key's in a segment of its own that moves to the end, twice as large, when full (a list per key, an
/// object and an array each, made this index the block cache's largest part; the census in benchmarks/RESULTS.md).
/// Segments left behind are reclaimed when they outweigh the live ones.
/// </summary>
internal sealed class MentionPostings<TKey>
    where TKey : notnull
{
    // Per key: its one mention (>= 0), or -(segment + 1) of _segments.
    private readonly Dictionary<TKey, int> _keys = [];
    private Segment[] _segments = [];
    private int _segmentCount;
    private int[] _arena = [];
    // Slots of _arena handed out, and how many of them live segments hold (the rest were left behind by moves).
    private int _used;
    private int _live;

    /// <summary>Where a key's mentions lie in the shared array: from <see cref="Start"/>, <see cref="Count"/> of them, room for <see cref="Capacity"/>.</summary>
    private struct Segment
    {
        public int Start;
        public int Count;
        public int Capacity;
    }

    /// <summary>Adds a mention (higher than every one added before) to the key.</summary>
    public void Add(TKey key, int mention)
    {
        ref var value = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_keys, key, out var exists);
        if (!exists)
        {
            value = mention;
            return;
        }

        if (value >= 0)
        {
            // The key's second mention: a segment of two, the first mention moved into it.
            if (_segmentCount == _segments.Length) Array.Resize(ref _segments, Math.Max(4, _segments.Length * 2));
            var start = Reserve(2);
            _arena[start] = value;
            _arena[start + 1] = mention;
            _segments[_segmentCount] = new Segment { Start = start, Count = 2, Capacity = 2 };
            value = -++_segmentCount;
            return;
        }

        ref var segment = ref _segments[-value - 1];
        if (segment.Count == segment.Capacity)
        {
            var start = Reserve(segment.Capacity * 2);
            Array.Copy(_arena, segment.Start, _arena, start, segment.Count);
            _live -= segment.Capacity;
            (segment.Start, segment.Capacity) = (start, segment.Capacity * 2);
        }

        _arena[segment.Start + segment.Count++] = mention;
    }

    /// <summary>The mentions carrying <paramref name="key"/> (none when no mention does); valid until the next <see cref="Add"/>.</summary>
    public PostingMembers this[TKey key]
    {
        get
        {
            if (!_keys.TryGetValue(key, out var value)) return default;
            if (value >= 0) return new PostingMembers(value, null, 0, 1);
            var segment = _segments[-value - 1];
            return new PostingMembers(-1, _arena, segment.Start, segment.Count);
        }
    }

    /// <summary>How many keys hold two mentions or more (a segment each).</summary>
    internal int Segments => _segmentCount;

    /// <summary>How many times the shared array was compacted.</summary>
    internal int Compactions { get; private set; }

    /// <summary>
    /// The start of <paramref name="length"/> free slots at the end of the arena: the arena is compacted first when what
    /// moves left behind is over half of what lives (segments keep their order and room), else grown by half.
    /// </summary>
    private int Reserve(int length)
    {
        if (_used + length > _arena.Length)
        {
            if (_used - _live > _live / 2) Compact(length);
            if (_used + length > _arena.Length) Array.Resize(ref _arena, Math.Max(Math.Max(16, _arena.Length * 3 / 2), _used + length));
        }

        var start = _used;
        _used += length;
        _live += length;
        return start;
    }

    /// <summary>Copies the live segments, in order, into an array with room for them and <paramref name="extra"/> more.</summary>
    private void Compact(int extra)
    {
        var order = new int[_segmentCount];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) => _segments[a].Start.CompareTo(_segments[b].Start));
        var arena = new int[Math.Max(16, (_live + extra) * 5 / 4)];
        var next = 0;
        foreach (var i in order)
        {
            ref var segment = ref _segments[i];
            Array.Copy(_arena, segment.Start, arena, next, segment.Count);
            segment.Start = next;
            next += segment.Capacity;
        }

        (_arena, _used) = (arena, next);
        Compactions++;
    }
}

/// <summary>A key's mentions (<see cref="MentionPostings{TKey}"/>) without a copy: one mention, a segment of the shared array, or none.</summary>
internal readonly struct PostingMembers(int single, int[]? arena, int start, int count)
{
    public int Count => count;

    public int this[int i] =>
        (uint)i >= (uint)count ? throw new ArgumentOutOfRangeException(nameof(i)) : arena is null ? single : arena[start + i];
}
