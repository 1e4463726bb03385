namespace ExpertGraph.Search.Semantic;

/// <summary>Unit-length helpers for the semantic vectors.</summary>
internal static class Vectors
{
    /// <summary>Scales to unit length; false (and unchanged) for a zero vector.</summary>
    public static bool Normalize(Span<float> vector)
    {
        double sum = 0;
        foreach (var value in vector) sum += value * value;
        if (sum <= 0) return false;
        var scale = (float)(1 / Math.Sqrt(sum));
        for (var i = 0; i < vector.Length; i++) vector[i] *= scale;
        return true;
    }

    public static void Normalize(List<(int Column, float Value)> entries)
    {
        double sum = 0;
        foreach (var (_, value) in entries) sum += value * value;
        if (sum <= 0) return;
        var scale = (float)(1 / Math.Sqrt(sum));
        for (var i = 0; i < entries.Count; i++) entries[i] = (entries[i].Column, entries[i].Value * scale);
    }

    /// <summary>target += scale × source, the same bits as the plain loop (<see cref="DenseMath.AddScaled{T}"/>).</summary>
    public static void AddScaled(Span<float> target, ReadOnlySpan<float> source, float scale) => DenseMath.AddScaled(target, source, scale);

    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        float sum = 0;
        for (var i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }
}
