using ExpertGraph.Ingestion.Papers;

namespace ExpertGraph.Ingestion.Medline;

/// <summary>
/// MEDLINE's title conventions undone: every title ends with a '.' of its own, a title translated into English is
/// enclosed in square brackets ("[Pain after surgery]."), and "[Not Available]." stands for a title the citation lacks.
/// </summary>
internal static class MedlineTitle
{
    /// <summary>The title as the article has it, or null for a missing or "[Not Available]" title.</summary>
    public static string? Clean(string? title)
    {
        title = PaperText.CollapseWhitespace(title);
        if (title is null) return null;
        if (title.EndsWith('.') && !title.EndsWith("...", StringComparison.Ordinal)) title = title[..^1].TrimEnd();
        if (title.StartsWith('[') && title.EndsWith(']') && ClosesAtEnd(title)) title = title[1..^1].Trim();
        if (title.EndsWith('.') && !title.EndsWith("...", StringComparison.Ordinal)) title = title[..^1].TrimEnd();
        return title.Length == 0 || title.Equals("Not Available", StringComparison.OrdinalIgnoreCase) ? null : title;
    }

    // "[18F]FDG uptake [in mice]" starts and ends with brackets that are not one pair.
    private static bool ClosesAtEnd(string title)
    {
        var depth = 0;
        for (var i = 0; i < title.Length; i++)
        {
            if (title[i] == '[') depth++;
            else if (title[i] == ']' && --depth == 0) return i == title.Length - 1;
        }

        return false;
    }
}
