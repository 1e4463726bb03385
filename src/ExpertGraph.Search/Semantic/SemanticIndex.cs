using System.Numerics;

namespace ExpertGraph.Search.Semantic;

/// <summary>
/// The semantic space with every work and person placed in it: a work by its text, a person at the normalized sum of
/// their works' vectors (their field as a whole), with how many works that is. Vectors are kept as bytes (unit vectors
/// × 127; a cosine is off by under 1%), so a million works take about as many bytes as dimensions × 1 MB. Immutable
/// and thread-safe.
/// </summary>
public sealed class SemanticIndex
{
    internal const float Scale = 127f;

    private readonly IdRows _workRows;
    private readonly IdRows _personRows;

    internal SemanticIndex(SemanticSpace space, long[] workIds, sbyte[] workVectors, long[] personIds, sbyte[] personVectors, int[] personWorkCounts)
    {
        var d = space.Dimensions;
        if (workVectors.Length != workIds.Length * d || personVectors.Length != personIds.Length * d || personWorkCounts.Length != personIds.Length)
            throw new ArgumentException("the semantic index's ids and vectors disagree in size");
        Space = space;
        WorkIds = workIds;
        WorkVectors = workVectors;
        PersonIds = personIds;
        PersonVectors = personVectors;
        PersonWorkCounts = personWorkCounts;
        _workRows = new IdRows(workIds, "semantic index");
        _personRows = new IdRows(personIds, "semantic index");
        _personNorms = new float[personIds.Length];
        for (var row = 0; row < personIds.Length; row++)
        {
            var vector = personVectors.AsSpan(row * d, d);
            _personNorms[row] = MathF.Sqrt(DotBytes(vector, vector));
        }
    }

    /// <summary>Each person's stored vector length (about 127), so a cosine is one dot product.</summary>
    private readonly float[] _personNorms;

    public SemanticSpace Space { get; }

    public int WorkCount => WorkIds.Length;

    public int PersonCount => PersonIds.Length;

    internal long[] WorkIds { get; }

    internal sbyte[] WorkVectors { get; }

    internal long[] PersonIds { get; }

    internal sbyte[] PersonVectors { get; }

    internal int[] PersonWorkCounts { get; }

    /// <summary>Cosine of a unit query vector and the person's field; null for a person not in the index.</summary>
    public double? PersonSimilarity(ReadOnlySpan<float> query, long person) =>
        _personRows.TryGetValue(person, out var row) ? Cosine(query, row) : null;

    /// <summary>
    /// Cosine of a unit query vector and the sum of these works' vectors — a person's field made of some of their works
    /// (those up to a date) — and how many of them the index holds; null when it holds none.
    /// </summary>
    public (double Similarity, int Works)? WorksSimilarity(ReadOnlySpan<float> query, IEnumerable<long> works)
    {
        ArgumentNullException.ThrowIfNull(works);
        var sum = new float[Space.Dimensions];
        var count = 0;
        foreach (var work in works)
            if (AddWork(sum, work, 1)) count++;
        if (count == 0 || !Vectors.Normalize(sum)) return null;
        double dot = 0;
        for (var i = 0; i < sum.Length; i++) dot += query[i] * sum[i];
        return (dot, count);
    }

    /// <summary>How many works the person's vector sums (0 for a person not in the index).</summary>
    public int WorksOf(long person) => _personRows.TryGetValue(person, out var row) ? PersonWorkCounts[row] : 0;

    /// <summary>Adds weight × the work's vector to <paramref name="target"/>; false for a work not in the index.</summary>
    public bool AddWork(Span<float> target, long work, float weight)
    {
        if (!_workRows.TryGetValue(work, out var row)) return false;
        var vector = WorkVectors.AsSpan(row * Space.Dimensions, Space.Dimensions);
        var factor = weight / Scale;
        for (var i = 0; i < target.Length; i++) target[i] += vector[i] * factor;
        return true;
    }

    /// <summary>The work's vector (unit length up to rounding), or null.</summary>
    public float[]? WorkVector(long work)
    {
        var vector = new float[Space.Dimensions];
        return AddWork(vector, work, 1) ? vector : null;
    }

    /// <summary>The person's vector (unit length up to rounding), or null for a person not in the index.</summary>
    public float[]? PersonVector(long person)
    {
        if (!_personRows.TryGetValue(person, out var row)) return null;
        var stored = PersonVectors.AsSpan(row * Space.Dimensions, Space.Dimensions);
        var vector = new float[Space.Dimensions];
        for (var i = 0; i < vector.Length; i++) vector[i] = stored[i] / Scale;
        return Vectors.Normalize(vector) ? vector : null;
    }

    /// <summary>
    /// The <paramref name="count"/> persons whose fields lie nearest a unit query vector, by cosine, nearest first (ties
    /// by id), skipping <paramref name="exclude"/>: one pass over every person's bytes, a bounded heap of the best.
    /// </summary>
    public IReadOnlyList<(long Person, double Similarity, int Works)> NearestPersons(ReadOnlySpan<float> query, int count, long? exclude = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var d = Space.Dimensions;
        var best = new PriorityQueue<int, (double Similarity, long Id)>(count + 1, NearestLast.Instance);
        for (var row = 0; row < PersonIds.Length; row++)
        {
            if (PersonIds[row] == exclude) continue;
            var similarity = Cosine(query, row);
            if (best.Count == count)
            {
                best.TryPeek(out _, out var worst);
                if (similarity < worst.Similarity || (similarity == worst.Similarity && PersonIds[row] > worst.Id)) continue;
            }

            best.Enqueue(row, (similarity, PersonIds[row]));
            if (best.Count > count) best.Dequeue();
        }

        var nearest = new List<(long, double, int)>(best.Count);
        while (best.TryDequeue(out var row, out var key)) nearest.Add((key.Id, key.Similarity, PersonWorkCounts[row]));
        nearest.Reverse();
        return nearest;
    }

    /// <summary>Orders the heap so its head is the one to drop: lowest similarity, then highest id.</summary>
    private sealed class NearestLast : IComparer<(double Similarity, long Id)>
    {
        public static readonly NearestLast Instance = new();

        public int Compare((double Similarity, long Id) x, (double Similarity, long Id) y) =>
            x.Similarity != y.Similarity ? x.Similarity.CompareTo(y.Similarity) : y.Id.CompareTo(x.Id);
    }

    internal static sbyte Quantize(float value) => (sbyte)Math.Clamp(MathF.Round(value * Scale), -127, 127);

    private double Cosine(ReadOnlySpan<float> query, int row)
    {
        var norm = _personNorms[row];
        return norm == 0 ? 0 : DotBytes(query, PersonVectors.AsSpan(row * Space.Dimensions, Space.Dimensions)) / norm;
    }

    /// <summary>Σ queryᵢ × storedᵢ, widening the bytes to floats a vector register at a time.</summary>
    private static float DotBytes(ReadOnlySpan<float> query, ReadOnlySpan<sbyte> stored)
    {
        var i = 0;
        var sum = 0f;
        var step = Vector<sbyte>.Count;
        var floats = Vector<float>.Count;
        if (Vector.IsHardwareAccelerated && stored.Length >= step)
        {
            var total = Vector<float>.Zero;
            for (; i <= stored.Length - step; i += step)
            {
                Vector.Widen(new Vector<sbyte>(stored.Slice(i, step)), out Vector<short> low, out Vector<short> high);
                Vector.Widen(low, out Vector<int> a, out Vector<int> b);
                Vector.Widen(high, out Vector<int> c, out Vector<int> e);
                total += Vector.ConvertToSingle(a) * new Vector<float>(query.Slice(i, floats));
                total += Vector.ConvertToSingle(b) * new Vector<float>(query.Slice(i + floats, floats));
                total += Vector.ConvertToSingle(c) * new Vector<float>(query.Slice(i + (2 * floats), floats));
                total += Vector.ConvertToSingle(e) * new Vector<float>(query.Slice(i + (3 * floats), floats));
            }

            sum = Vector.Sum(total);
        }

        for (; i < stored.Length; i++) sum += query[i] * stored[i];
        return sum;
    }

    private static float DotBytes(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        var sum = 0;
        for (var i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }
}
