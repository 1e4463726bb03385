namespace ExpertGraph.Ingestion.Ris;

/// <summary>
/// One RIS record from its TY line to its ER line: its fields in file order, where it starts (1-based line, 0-based byte
/// offset), its text as found, and an <see cref="Error"/> when it cannot be read (invalid UTF-8, no ER, text outside
/// any record).
/// </summary>
internal sealed record RisRawRecord(long Line, long ByteOffset, IReadOnlyList<RisField> Fields, string RawText, string? Error)
{
    /// <summary>The values of a tag in file order.</summary>
    public IEnumerable<string> Values(string tag) => Fields.Where(f => f.Tag == tag).Select(f => f.Value);

    /// <summary>The first non-empty value among <paramref name="tags"/>, tried in that order.</summary>
    public string? First(params string[] tags)
    {
        foreach (var tag in tags)
            foreach (var value in Values(tag))
                if (!string.IsNullOrWhiteSpace(value)) return value;
        return null;
    }
}
