using System.Collections.Frozen;

namespace ExpertGraph.Ingestion.ProQuest;

/// <summary>
/// ProQuest's person lists: "Family, Given" names joined by commas ("Hayles, N. Katherine, Kruse, Mark C."), a
/// generational suffix after its name ("Flakes, Johnny H., III"); repeated fields are "; "-separated.
/// </summary>
internal static class ProQuestNames
{
    private static readonly FrozenSet<string> Suffixes = new[] { "Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", "V" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The names of a list, each "Family, Given[, Suffix]", in order.</summary>
    public static List<string> Split(string? list)
    {
        var names = new List<string>();
        if (list is null) return names;
        foreach (var group in list.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = group.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var i = 0;
            while (i < parts.Length)
            {
                var name = i + 1 < parts.Length ? parts[i] + ", " + parts[i + 1] : parts[i];
                i += 2;
                if (i < parts.Length && Suffixes.Contains(parts[i])) name += ", " + parts[i++];
                names.Add(name);
            }
        }

        return names;
    }
}
