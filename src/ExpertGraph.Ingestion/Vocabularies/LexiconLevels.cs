using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Ingestion.Vocabularies;

/// <summary>
/// The level rule of lexicon/README.md ("Levels"): every source places its nodes by depth, and anything deeper than
/// level 9 is folded onto 9 (it keeps its real parents, so the tree shape survives; only the level number is capped).
/// </summary>
internal static class LexiconLevels
{
    public const int OpenAlexDomain = 1;
    public const int NsfcDepartment = 1;
    public const int OpenAlexField = 2;
    public const int OpenAlexSubfield = 3;
    public const int OpenAlexTopic = 4;
    public const int MeshCategory = 3;

    /// <summary>ACM CCS: a top concept has depth 1 and sits at level 3, under the OpenAlex field Computer Science.</summary>
    public static int Acm(int depth) => Fold(2 + depth);

    /// <summary>MeSH: tree number "C04" has depth 1 and sits at level 4, under its category (level 3).</summary>
    public static int Mesh(int treeDepth) => Fold(3 + treeDepth);

    /// <summary>NSFC: "A" department 1, "A01" 2, "A0101" 3, "A010101" 4.</summary>
    public static int Nsfc(string code) => code.Length switch
    {
        1 => NsfcDepartment,
        3 => 2,
        5 => 3,
        _ => 4,
    };

    public static int Fold(int level) => Math.Clamp(level, Concept.MinLevel, Concept.MaxLevel);
}
