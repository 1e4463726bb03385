namespace ExpertGraph.Benchmarks.Synthetic;

/// <summary>An OpenAlex topic (ids as full OpenAlex URLs) with its hierarchy, its share of all works, and keyword phrases taken from its description.</summary>
internal sealed record TopicSource(
    string Id,
    string Name,
    string SubfieldId,
    string SubfieldName,
    string FieldId,
    string FieldName,
    string DomainId,
    string DomainName,
    double WorksWeight,
    IReadOnlyList<KeywordPhrase> Keywords,
    int[] DescriptionTokens);
