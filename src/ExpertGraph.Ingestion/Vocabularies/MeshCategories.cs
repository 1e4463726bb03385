namespace ExpertGraph.Ingestion.Vocabularies;

/// <summary>
/// Where each of MeSH's 16 tree categories (MESH:CAT:A … MESH:CAT:Z, level 3) hangs in the OpenAlex tree: a small
/// curated table, because MeSH itself has no root above its categories.
/// </summary>
internal static class MeshCategories
{
    public static readonly IReadOnlyDictionary<string, string> Parents = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["A"] = "OA:F27", // Anatomy → Medicine
        ["B"] = "OA:F11", // Organisms → Agricultural and Biological Sciences
        ["C"] = "OA:F27", // Diseases → Medicine
        ["D"] = "OA:F30", // Chemicals and Drugs → Pharmacology, Toxicology and Pharmaceutics
        ["E"] = "OA:F27", // Analytical, Diagnostic and Therapeutic Techniques, and Equipment → Medicine
        ["F"] = "OA:F32", // Psychiatry and Psychology → Psychology
        ["G"] = "OA:F13", // Phenomena and Processes → Biochemistry, Genetics and Molecular Biology
        ["H"] = "OA:D4", // Disciplines and Occupations → Health Sciences (domain)
        ["I"] = "OA:F33", // Anthropology, Education, Sociology, and Social Phenomena → Social Sciences
        ["J"] = "OA:F22", // Technology, Industry, and Agriculture → Engineering
        ["K"] = "OA:F12", // Humanities → Arts and Humanities
        ["L"] = "OA:F17", // Information Science → Computer Science
        ["M"] = "OA:F33", // Named Groups → Social Sciences
        ["N"] = "OA:F36", // Health Care → Health Professions
        ["V"] = "OA:F33", // Publication Characteristics → Social Sciences
        ["Z"] = "OA:F33", // Geographicals → Social Sciences
    };

    public static string Id(string letter) => "MESH:CAT:" + letter;
}
