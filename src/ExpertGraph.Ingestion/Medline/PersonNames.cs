using ExpertGraph.Core.Names;

namespace ExpertGraph.Ingestion.Medline;

/// <summary>The script of a name that a source already split into family and given parts.</summary>
internal static class PersonNames
{
    /// <summary>Han for a name in hanzi only, Latin for Latin letters only (diacritics included), else Other.</summary>
    public static NameScript ScriptOf(string rawName) =>
        PersonNameParser.TryParse(rawName, out var parsed) ? parsed.Script : NameScript.Latin;
}
