namespace ExpertGraph.Ingestion.Cnki;

/// <summary>
/// One NoteExpress record as written: its fields in order (a field may repeat, as {Author} does), where it starts, and
/// its raw text.
/// </summary>
internal sealed record CnkiRecord(IReadOnlyList<KeyValuePair<string, string>> Fields, long Line, long ByteOffset, string RawText)
{
    /// <summary>The first value of <paramref name="name"/>, trimmed; null when absent or empty.</summary>
    public string? Field(string name)
    {
        foreach (var (fieldName, value) in Fields)
            if (fieldName == name && value.Trim() is { Length: > 0 } text) return text;
        return null;
    }

    /// <summary>Every value of <paramref name="name"/>, in order.</summary>
    public IEnumerable<string> All(string name) => Fields.Where(f => f.Key == name).Select(f => f.Value);
}
