namespace ExpertGraph.Core.Names;

/// <summary>
/// A personal name split into family and given parts. For Han names written in hanzi, <see cref="Family"/> is the
/// surname (one character, or two for compound surnames such as 欧阳) and <see cref="Given"/> the rest.
/// </summary>
public sealed record PersonName(string Family, string Given, NameScript Script)
{
    /// <summary>Display form: "Given Family" for Latin script, "FamilyGiven" for Han.</summary>
    public string Display => Script == NameScript.Han
        ? Family + Given
        : Given.Length == 0 ? Family : Family.Length == 0 ? Given : Given + " " + Family;
}
