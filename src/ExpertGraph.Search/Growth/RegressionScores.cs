namespace ExpertGraph.Search.Growth;

/// <summary>How predictions fare against what happened: R² (1 − residual / total sum of squares), mean absolute error and Spearman's rank correlation (ties take their mean rank).</summary>
public sealed record RegressionScores(int Count, double RSquared, double MeanAbsoluteError, double Spearman)
{
    public static RegressionScores Of(IReadOnlyList<double> actual, IReadOnlyList<double> predicted)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(predicted);
        if (actual.Count != predicted.Count) throw new ArgumentException("as many predictions as actual values are needed");
        var n = actual.Count;
        if (n == 0) return new RegressionScores(0, double.NaN, double.NaN, double.NaN);
        var mean = actual.Average();
        double residual = 0, total = 0, absolute = 0;
        for (var i = 0; i < n; i++)
        {
            residual += (actual[i] - predicted[i]) * (actual[i] - predicted[i]);
            total += (actual[i] - mean) * (actual[i] - mean);
            absolute += Math.Abs(actual[i] - predicted[i]);
        }

        return new RegressionScores(n, total == 0 ? double.NaN : 1 - (residual / total), absolute / n, Pearson(Ranks(actual), Ranks(predicted)));
    }

    /// <summary>Ranks from 1, ties sharing the mean of their ranks.</summary>
    internal static double[] Ranks(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        for (var i = 0; i < order.Length;)
        {
            var j = i;
            while (j < order.Length && values[order[j]] == values[order[i]]) j++;
            var rank = ((i + 1) + j) / 2.0;
            for (var k = i; k < j; k++) ranks[order[k]] = rank;
            i = j;
        }

        return ranks;
    }

    private static double Pearson(double[] x, double[] y)
    {
        var (mx, my) = (x.Average(), y.Average());
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        return sxx == 0 || syy == 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
    }
}
