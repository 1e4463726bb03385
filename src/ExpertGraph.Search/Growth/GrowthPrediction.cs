namespace ExpertGraph.Search.Growth;

/// <summary>
/// A person's predicted value of a target N years after the date features were read at: the value then, the prediction,
/// an interval that held <see cref="GrowthModelInfo.IntervalLevel"/> of the calibration persons, and the features that
/// drove it (their values and their contributions to this prediction, largest first).
/// </summary>
public sealed record GrowthPrediction(long Person, GrowthTarget Target, int Current, double Predicted, double Low, double High, IReadOnlyList<GrowthDriver> Drivers)
{
    public double Growth => Predicted - Current;
}

/// <summary>A feature's value for the person and how much it moved the prediction (in target units, signed).</summary>
public sealed record GrowthDriver(string Feature, double Value, double Contribution);
