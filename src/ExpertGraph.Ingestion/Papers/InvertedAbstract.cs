using System.Text.Json;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>
/// Rebuilds an abstract from OpenAlex's abstract_inverted_index ({"word": [positions]}), which OpenAlex publishes
/// instead of the text. Positions are sorted rather than used as array indexes, so a stray huge position cannot
/// allocate a huge array.
/// </summary>
internal static class InvertedAbstract
{
    public static string? Rebuild(JsonElement index)
    {
        if (index.ValueKind != JsonValueKind.Object) return null;
        var words = new List<(int Position, string Word)>();
        foreach (var entry in index.EnumerateObject())
        {
            if (entry.Value.ValueKind != JsonValueKind.Array) continue;
            foreach (var position in entry.Value.EnumerateArray())
                if (position.ValueKind == JsonValueKind.Number && position.TryGetInt32(out var at) && at >= 0) words.Add((at, entry.Name));
        }

        if (words.Count == 0) return null;
        // Ties (one position given to two words) are ordered by the word so that a rebuild is deterministic.
        words.Sort((a, b) => a.Position != b.Position ? a.Position.CompareTo(b.Position) : string.CompareOrdinal(a.Word, b.Word));
        return PaperText.Clean(string.Join(' ', words.Select(w => w.Word)));
    }
}
