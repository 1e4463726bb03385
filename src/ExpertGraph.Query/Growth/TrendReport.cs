using ExpertGraph.Search.Growth;

namespace ExpertGraph.Query.Growth;

/// <summary>
/// Rising persons of a field (<c>expertgraph trends</c>): each person's predicted growth over the horizon and where it
/// stands among the field's persons predicted on the same basis, the field's momentum beside the others', and the
/// held-out figures of the models that made the predictions (trained on this data's own history).
/// </summary>
public sealed record TrendReport(
    IReadOnlyList<string> Fields, string? CountryCode, int Year, int Horizon, int Persons, IReadOnlyList<RisingPerson> Rising,
    IReadOnlyList<FieldMomentum> Momentum, IReadOnlyList<GrowthTargetResult> Evaluation);

/// <summary>
/// A person's predicted growth: the prediction (with its interval and drivers), its basis (the h-index where the
/// person's works carry citation counts, else works, said so), and its percentile among the field's persons of that basis.
/// </summary>
public sealed record RisingPerson(long Person, string? Name, string? Institution, string? CountryCode, GrowthPrediction Prediction, string Basis, double PeerPercentile);

/// <summary>A field's works in the last three years over the three before (1: none before), at the trend's year.</summary>
public sealed record FieldMomentum(string Field, string? Label, double Momentum, long RecentWorks, long PriorWorks, bool Asked);
