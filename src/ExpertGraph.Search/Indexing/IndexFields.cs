namespace ExpertGraph.Search.Indexing;

/// <summary>Field names of the works and experts indexes.</summary>
internal static class IndexFields
{
    public const string Key = "key";
    public const string WorkId = "work_id";
    public const string Kind = "kind";
    public const string Year = "year";
    public const string Person = "person";
    /// <summary>The work id as a doc value: read per hit without decompressing stored fields.</summary>
    public const string WorkIdValue = "work_id_dv";
    /// <summary>The work's person ids as a doc value (little-endian longs), for the same reason.</summary>
    public const string PersonValues = "person_dv";
    public const string Country = "country";
    public const string Title = "title";
    public const string TitleEn = "title_en";
    public const string TitleZh = "title_zh";
    public const string AbstractEn = "abstract_en";
    public const string AbstractZh = "abstract_zh";
    public const string KeywordsEn = "keywords_en";
    public const string KeywordsZh = "keywords_zh";
    /// <summary>Lexicon concepts the work's text names (whitespace-separated ids).</summary>
    public const string Concept = "concept";
    /// <summary>Ancestors of those concepts: a query for a field finds works tagged anywhere below it.</summary>
    public const string ConceptPath = "concept_path";

    public const string PersonId = "person_id";
    public const string Name = "name";
    public const string NameZh = "name_zh";
    public const string Institution = "institution";
    public const string InstitutionZh = "institution_zh";
    public const string DisplayName = "display_name";

    /// <summary>Fields searched for a topic query, with their boosts: titles weigh most, then keywords, then abstracts.</summary>
    public static readonly IReadOnlyDictionary<string, float> TopicFields = new Dictionary<string, float>(StringComparer.Ordinal)
    {
        [TitleEn] = 3f,
        [TitleZh] = 3f,
        [KeywordsEn] = 2f,
        [KeywordsZh] = 2f,
        [AbstractEn] = 1f,
        [AbstractZh] = 1f,
    };
}
