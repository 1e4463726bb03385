namespace ExpertGraph.Core.Lexicon;

/// <summary>
/// One node of the 9-level lexicon. <see cref="Id"/> is "SOURCE:local-id" of the source node that founded it
/// ("OA:T10299", "MESH:D000001", "ACM:10010147", "NSFC:A0101") and stays stable across rebuilds.
/// <see cref="Sources"/> lists every source node merged into it, its own id first.
/// </summary>
public sealed record Concept(
    string Id,
    int Level,
    IReadOnlyList<string> ParentIds,
    string LabelZh,
    string LabelEn,
    IReadOnlyList<string> Sources)
{
    public const int MinLevel = 1;
    public const int MaxLevel = 9;

    /// <summary>The label to show: Chinese when asked for and present, else English, else Chinese.</summary>
    public string Label(bool preferChinese = false) =>
        preferChinese ? (LabelZh.Length > 0 ? LabelZh : LabelEn) : (LabelEn.Length > 0 ? LabelEn : LabelZh);
}
