using System.Runtime.InteropServices;

namespace ExpertGraph.Search.Semantic;

/// <summary>
/// A latent semantic space over the works' text (latent semantic analysis: Deerwester et al. 1990): sublinear tf-idf
/// rows of words and word pairs, reduced by a truncated SVD to a few dozen to a hundred dimensions, where a text about
/// "kernel classifiers" lands near one about "support vector machines" though they share no word. Any text is placed
/// in it by folding in (z = x·V, normalized). Immutable and thread-safe.
/// </summary>
public sealed class SemanticSpace
{
    private readonly Dictionary<string, int> _columns;
    private readonly SemanticTerms _terms = new();

    internal SemanticSpace(string[] terms, float[] idf, float[] projection, int dimensions, int fittedWorks)
    {
        if (idf.Length != terms.Length || projection.Length != terms.Length * dimensions)
            throw new ArgumentException("the vocabulary, its idf and the projection disagree in size");
        Terms = terms;
        Idf = idf;
        Projection = projection;
        Dimensions = dimensions;
        FittedWorks = fittedWorks;
        _columns = new Dictionary<string, int>(terms.Length, StringComparer.Ordinal);
        for (var i = 0; i < terms.Length; i++) _columns[terms[i]] = i;
    }

    public int Dimensions { get; }

    /// <summary>How many works the space was fitted on.</summary>
    public int FittedWorks { get; }

    internal string[] Terms { get; }

    internal float[] Idf { get; }

    /// <summary>V: terms × dimensions, row-major.</summary>
    internal float[] Projection { get; }

    /// <summary>The unit vector of a text in the space; null when none of its terms is in the vocabulary.</summary>
    public float[]? Project(string? text) => Project(_terms.Of(text));

    internal float[]? Project(List<string> terms)
    {
        var scratch = t_scratch ??= new WeighScratch();
        var weights = Weigh(terms, _columns, Idf, scratch);
        if (weights.Count == 0) return null;
        var vector = new float[Dimensions];
        foreach (var (column, weight) in weights) Vectors.AddScaled(vector, Projection.AsSpan(column * Dimensions, Dimensions), weight);
        // A very long text leaves no outsized scratch behind: clearing it would cost every later text its full size.
        if (weights.Count > MaxScratchTerms) t_scratch = null;
        return Vectors.Normalize(vector) ? vector : null;
    }

    /// <summary>Distinct terms of a text above which its scratch is not kept for the next (a typical work has about 70).</summary>
    private const int MaxScratchTerms = 4096;

    /// <summary>
    /// A thread's counts and weights of the text it is projecting, reused from text to text: projecting every work of
    /// a large store allocated two collections a text (SemanticProjectionBenchmarks: 77–128 MB for 21,376 texts, 11 MB
    /// with the scratch; benchmarks/RESULTS.md).
    /// </summary>
    [ThreadStatic]
    private static WeighScratch? t_scratch;

    private sealed class WeighScratch
    {
        public Dictionary<int, int> Counts { get; } = [];

        public List<(int Column, float Value)> Weights { get; } = [];
    }

    /// <summary>
    /// Fits a space on <paramref name="texts"/> (read once, streamed; each text's term counts are kept, not the text).
    /// </summary>
    public static SemanticSpace Fit(IEnumerable<string?> texts, SemanticSpaceOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0) throw new ArgumentException(string.Join("; ", problems), nameof(options));

        var splitter = new SemanticTerms();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var frequencies = new List<int>();
        var documents = new List<(int Term, int Count)[]>();
        var counts = new Dictionary<int, int>();
        // Texts are split into terms on every core; ids are given in text order, as one loop would.
        foreach (var textTerms in OrderedParallelMap.Map(texts, splitter.Of, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            counts.Clear();
            foreach (var term in textTerms)
            {
                if (!ids.TryGetValue(term, out var id))
                {
                    ids[term] = id = ids.Count;
                    frequencies.Add(0);
                }

                counts[id] = counts.GetValueOrDefault(id) + 1;
            }

            foreach (var id in counts.Keys) frequencies[id]++;
            documents.Add([.. counts.Select(pair => (pair.Key, pair.Value))]);
        }

        var n = documents.Count;
        var maxFrequency = Math.Max(options.MinDocumentFrequency, (int)Math.Floor(options.MaxDocumentFrequencyRatio * n));
        var kept = ids
            .Where(pair => frequencies[pair.Value] >= options.MinDocumentFrequency && frequencies[pair.Value] <= maxFrequency)
            .OrderByDescending(pair => frequencies[pair.Value]).ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Take(options.MaxTerms)
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .ToList();
        var terms = kept.Select(pair => pair.Key).ToArray();
        // Smoothed idf, as scikit-learn's TfidfVectorizer: ln((1 + n) / (1 + df)) + 1.
        var idf = kept.Select(pair => (float)(Math.Log((1.0 + n) / (1 + frequencies[pair.Value])) + 1)).ToArray();
        var columnOf = new Dictionary<int, int>(kept.Count);
        for (var i = 0; i < kept.Count; i++) columnOf[kept[i].Value] = i;

        var rows = new SparseRows(terms.Length);
        var entries = new List<(int Column, float Value)>();
        foreach (var document in documents)
        {
            entries.Clear();
            foreach (var (term, count) in document)
                if (columnOf.TryGetValue(term, out var column)) entries.Add((column, (float)(1 + Math.Log(count)) * idf[column]));
            Vectors.Normalize(entries);
            entries.Sort((a, b) => a.Column.CompareTo(b.Column));
            rows.AddRow(CollectionsMarshal.AsSpan(entries));
        }

        documents.Clear();
        var dimensions = options.Dimensions ?? SemanticSpaceOptions.DimensionsFor(n);
        var (v, _, rank) = RandomizedSvd.Decompose(rows, dimensions, options.Seed);
        return new SemanticSpace(terms, idf, [.. v.Select(value => (float)value)], rank, n);
    }

    /// <summary>
    /// A text's sublinear tf-idf weights over the vocabulary, l2-normalized, in the order its terms first occur; held in
    /// <paramref name="scratch"/> until its next use.
    /// </summary>
    private static List<(int Column, float Value)> Weigh(List<string> terms, Dictionary<string, int> columns, float[] idf, WeighScratch scratch)
    {
        var counts = scratch.Counts;
        counts.Clear();
        foreach (var term in terms)
        {
            if (!columns.TryGetValue(term, out var column)) continue;
            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, column, out _);
            count++;
        }

        // A cleared dictionary enumerates in insertion order again: the weights come in the order the terms first occur.
        var weights = scratch.Weights;
        weights.Clear();
        foreach (var (column, count) in counts) weights.Add((column, (float)(1 + Math.Log(count)) * idf[column]));
        Vectors.Normalize(weights);
        return weights;
    }
}
