namespace ExpertGraph.Ingestion.Vocabularies;

/// <summary>
/// One entry of cjk-compsci-terms: the same computing term in English, simplified Chinese (zh-CN) and traditional
/// Chinese (zh-TW), each possibly with variants. <see cref="Line"/> is where the entry starts in <see cref="File"/>.
/// </summary>
internal sealed record CjkCompsciTerm(string File, int Line, IReadOnlyList<string> English, IReadOnlyList<string> ZhCn, IReadOnlyList<string> ZhTw);
