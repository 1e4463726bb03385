namespace ExpertGraph.Ingestion.Vocabularies;

/// <summary>
/// NSFC's eight scientific departments (科学部), the letter every application code starts with. nsfc.jl starts at the
/// two-digit codes (A01), so the departments are curated here with their official Chinese and English names.
/// </summary>
internal static class NsfcDepartments
{
    public static readonly IReadOnlyList<(string Letter, string Zh, string En)> All =
    [
        ("A", "数理科学部", "Mathematical and Physical Sciences"),
        ("B", "化学科学部", "Chemical Sciences"),
        ("C", "生命科学部", "Life Sciences"),
        ("D", "地球科学部", "Earth Sciences"),
        ("E", "工程与材料科学部", "Engineering and Materials Sciences"),
        ("F", "信息科学部", "Information Sciences"),
        ("G", "管理科学部", "Management Sciences"),
        ("H", "医学科学部", "Health Sciences"),
    ];
}
