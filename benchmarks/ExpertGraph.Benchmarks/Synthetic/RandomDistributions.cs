namespace ExpertGraph.Benchmarks.Synthetic;

/// <summary>The continuous distributions the generator needs, drawn from a seeded <see cref="Random"/>.</summary>
internal static class RandomDistributions
{
    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static double NextExponential(this Random random, double mean) => -mean * Math.Log(1 - random.NextDouble());

    /// <summary>Box–Muller; one of the pair is thrown away so a draw never depends on the previous call.</summary>
    public static double NextNormal(this Random random)
    {
        var u = 1 - random.NextDouble();
        var v = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
    }

    public static double NextLogNormal(this Random random, double median, double sigma) =>
        median * Math.Exp(sigma * random.NextNormal());

    /// <summary>Pareto with density ∝ x^-exponent on [1, cap], by inverting its distribution function.</summary>
    public static double NextTruncatedPareto(this Random random, double exponent, double cap)
    {
        var shape = exponent - 1;
        var tailAtCap = Math.Pow(cap, -shape);
        return Math.Pow(1 - random.NextDouble() * (1 - tailAtCap), -1 / shape);
    }

    /// <summary>An integer in [first, last] whose frequency grows by <paramref name="growth"/> a step (publication growth).</summary>
    public static int NextGrowing(this Random random, int first, int last, double growth)
    {
        var span = last - first + 1;
        var value = first + Math.Log(1 + random.NextDouble() * (Math.Exp(growth * span) - 1)) / growth;
        return Math.Clamp((int)value, first, last);
    }
}
