namespace ExpertGraph.Ingestion.Vocabularies;

/// <summary>
/// The keywords an OpenAlex topic description lists ("…pulsed power, including electron beam surface modification,
/// high current systems, solid-state generators, …"): the topic keywords file is absent from the snapshot, and the
/// descriptions enumerate the same keyword phrases after "including" or "such as". Kept conservatively: one to four
/// words, no leading article or gerund phrase ("improving charge transport"), no prepositional phrase, parenthetical
/// abbreviations dropped.
/// </summary>
internal static class OpenAlexTopicKeywords
{
    private static readonly string[] Openers = ["including ", "such as "];
    private static readonly string[] Rejected = ["the", "a", "an", "its", "their", "other", "various", "different", "new", "how", "what", "which", "these", "this"];
    private static readonly string[] Prepositions = [" of ", " in ", " on ", " for ", " to ", " with ", " from ", " by ", " between ", " into ", " as "];

    public static IReadOnlyList<string> From(string description)
    {
        var keywords = new List<string>();
        foreach (var opener in Openers)
        {
            for (var at = description.IndexOf(opener, StringComparison.Ordinal); at >= 0; at = description.IndexOf(opener, at + 1, StringComparison.Ordinal))
            {
                var start = at + opener.Length;
                var end = description.IndexOf(". ", start, StringComparison.Ordinal);
                var list = WithoutParentheses(end < 0 ? description[start..] : description[start..end]).TrimEnd('.');
                foreach (var item in list.Split([", and ", ", or ", ", ", " and "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    if (IsKeyword(item) && !keywords.Contains(item, StringComparer.OrdinalIgnoreCase)) keywords.Add(item);
            }
        }

        return keywords;
    }

    private static bool IsKeyword(string item)
    {
        var words = item.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 4 || item.Length < 3) return false;
        if (Rejected.Contains(words[0], StringComparer.OrdinalIgnoreCase)) return false;
        if (words.Length > 1 && words[0].EndsWith("ing", StringComparison.Ordinal)) return false;
        if (Prepositions.Any(p => (" " + item + " ").Contains(p, StringComparison.Ordinal))) return false;
        return item.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '/' or '\'');
    }

    private static string WithoutParentheses(string text)
    {
        var result = new System.Text.StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c == '(') depth++;
            else if (c == ')') depth = Math.Max(0, depth - 1);
            else if (depth == 0) result.Append(c);
        }

        return result.ToString().Replace("  ", " ", StringComparison.Ordinal);
    }
}
