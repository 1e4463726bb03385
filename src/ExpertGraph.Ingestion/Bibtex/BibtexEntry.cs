namespace ExpertGraph.Ingestion.Bibtex;

/// <summary>
/// One entry as the parser read it: its type (lower-case), citation key and fields (names lower-case, values raw LaTeX
/// with @string macros expanded and # concatenations joined, the outer delimiters removed), where it starts, and its
/// raw text. <see cref="Error"/> says why an entry could not be read; its fields are then incomplete.
/// </summary>
internal sealed record BibtexEntry(string Type, string Key, IReadOnlyDictionary<string, string> Fields, long Line, long ByteOffset, string RawText)
{
    public string? Error { get; init; }

    public string? Field(string name) => Fields.GetValueOrDefault(name);
}
