using ExpertGraph.Resolution.Clustering;
using ExpertGraph.Resolution.Features;
using ExpertGraph.Resolution.Model;

namespace ExpertGraph.Resolution.Incremental;

/// <summary>A person of a block as the incremental resolver keeps it: an id and the mentions resolved to it.</summary>
public sealed class BlockPerson(long id)
{
    private readonly List<int> _members = [];

    public long Id { get; } = id;

    /// <summary>Indices of the person's mentions in <see cref="ResolutionBlock.Mentions"/>.</summary>
    public IReadOnlyList<int> Members => _members;

    internal void Add(int mention) => _members.Add(mention);
}

/// <summary>One name block being resolved mention by mention: its mentions so far and its persons.</summary>
public sealed class ResolutionBlock
{
    private readonly List<MentionProfile> _mentions = [];
    private readonly List<BlockPerson> _persons = [];

    public IReadOnlyList<MentionProfile> Mentions => _mentions;

    public IReadOnlyList<BlockPerson> Persons => _persons;

    /// <summary>Adds a person known before (from the store, or a gold profile) with its mentions.</summary>
    public BlockPerson AddPerson(long id, IEnumerable<MentionProfile> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var person = new BlockPerson(id);
        foreach (var mention in mentions) Attach(person, mention);
        _persons.Add(person);
        return person;
    }

    internal void Attach(BlockPerson person, MentionProfile mention)
    {
        _mentions.Add(mention);
        person.Add(_mentions.Count - 1);
    }

    internal BlockPerson NewPerson(long id)
    {
        var person = new BlockPerson(id);
        _persons.Add(person);
        return person;
    }
}

/// <summary>Where a mention went: the person (existing or new), whether it was new, and the probability that decided.</summary>
public sealed record Assignment(BlockPerson Person, bool NewPerson, float Probability, int Candidates);

/// <summary>
/// Resolves mentions one at a time into the persons of their block, without re-clustering the block: a new mention joins
/// the person it fits best when the batch clustering would have joined them — the first stage's linkage over the
/// person's mentions reaches its threshold, or the cluster model, comparing the mention (a cluster of one) with the
/// person, reaches the second stage's — and starts a new person otherwise. Persons holding a hard conflict with the
/// mention (the same work, another ORCID or source id) are never candidates. Batch re-resolution
/// (<see cref="BlockClusterer"/>) stays the way to redo a block after a model change.
/// </summary>
public sealed class IncrementalResolver(ResolutionModel model)
{
    private readonly ClusteringSettings _settings = model.Settings;

    /// <param name="newPersonId">The id a new person gets when the mention fits nobody.</param>
    public Assignment Assign(ResolutionBlock block, MentionProfile mention, CorpusStatistics statistics, long newPersonId)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(mention);
        var mentions = block.Mentions.Append(mention).ToList();
        var self = mentions.Count - 1;
        var context = BlockContext.Of(mentions);
        var features = new float[PairFeatures.Count];
        var probabilities = new float[mentions.Count];
        for (var i = 0; i < self; i++)
        {
            PairFeatures.Compute(mentions[i], mention, statistics, context.CommonNeighbours(i, self), context.Fragmentation, features);
            probabilities[i] = model.Pairwise.Probability(features);
        }

        BlockPerson? best = null;
        var bestScore = float.NegativeInfinity;
        var bestJoins = false;
        var candidates = 0;
        foreach (var person in block.Persons)
        {
            if (person.Members.Any(i => BlockClusterer.Conflict(mentions[i], mention))) continue;
            candidates++;
            var linkage = Linkage(person.Members.Select(i => probabilities[i]));
            var joins = linkage >= _settings.Threshold;
            var score = linkage;
            if (!joins && model.Clusters is { } clusterModel && _settings.ClusterThreshold is { } clusterThreshold)
            {
                var similarity = Similarity(mentions.Count, probabilities, self);
                var features2 = ClusterPairFeatures.Compute(ClusterProfile.Of(mentions, person.Members), ClusterProfile.Of(mentions, [self]),
                    mentions, similarity, statistics, context);
                score = clusterModel.Probability(features2);
                joins = score >= clusterThreshold;
            }

            // A person the first stage would join beats one only the second stage would; then the higher score wins.
            if ((joins && !bestJoins) || (joins == bestJoins && score > bestScore))
                (best, bestScore, bestJoins) = (person, score, joins);
        }

        if (best is not null && bestJoins)
        {
            block.Attach(best, mention);
            return new Assignment(best, false, bestScore, candidates);
        }

        var created = block.NewPerson(newPersonId);
        block.Attach(created, mention);
        return new Assignment(created, true, best is null ? 0 : bestScore, candidates);
    }

    private float Linkage(IEnumerable<float> probabilities)
    {
        var values = probabilities.ToList();
        if (values.Count == 0) return 0;
        return _settings.Linkage switch
        {
            Clustering.Linkage.Single => values.Max(),
            Clustering.Linkage.Complete => values.Min(),
            _ => values.Average(),
        };
    }

    /// <summary>A row-major matrix holding only the new mention's row and column: what the cluster features read.</summary>
    private static float[] Similarity(int n, float[] probabilities, int self)
    {
        var matrix = new float[n * n];
        for (var i = 0; i < self; i++) matrix[i * n + self] = matrix[self * n + i] = probabilities[i];
        return matrix;
    }
}
