namespace ExpertGraph.Search.Evaluation;

/// <summary>A metric over queries: plain mean and population standard deviation (numpy's mean and std), as the benchmark reports them.</summary>
public sealed record MetricSummary(double Mean, double StandardDeviation)
{
    public static MetricSummary Of(IReadOnlyCollection<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0) return new MetricSummary(double.NaN, double.NaN);
        var mean = values.Average();
        return new MetricSummary(mean, Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Count));
    }
}
