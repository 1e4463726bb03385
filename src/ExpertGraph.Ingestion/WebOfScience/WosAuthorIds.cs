using System.Text.RegularExpressions;

namespace ExpertGraph.Ingestion.WebOfScience;

/// <summary>
/// The hard author ids of a record: RI ("Family, Given/ResearcherID; …") and OI ("Family, Given/ORCID; …"). The lists
/// name the authors by their own profile spelling, in no particular order and sometimes partly ("li/F-2833-2014",
/// ", Ridhima/0009-…", "内藤, 克浩/AAW-…"), so an id goes to the one author whose name is the same, or else to the one
/// author whose name is compatible with it (<see cref="WosName.Compatible"/>). An entry that fits no author or several
/// is dropped, and so is an id that would land on two authors or an author it would give two ids: a hard id always
/// joins mentions into one person, so a doubtful one does more harm than none.
/// </summary>
internal static partial class WosAuthorIds
{
    /// <summary>The id of each author (null when none), from the entries of one RI or OI field.</summary>
    public static string?[] Match(IReadOnlyList<(string Text, long Line)> entries, IReadOnlyList<WosName> authors, Func<string, string?> validId)
    {
        var pairs = new List<(int Author, string Id)>();
        foreach (var (entry, _) in entries)
        {
            var slash = entry.LastIndexOf('/');
            if (slash < 0) continue;
            if (validId(entry[(slash + 1)..].Trim()) is not { } id) continue;
            if (FindAuthor(WosName.Of(entry[..slash].Trim()), authors) is { } author) pairs.Add((author, id));
        }

        var ids = new string?[authors.Count];
        foreach (var (author, id) in pairs.Distinct())
        {
            var oneIdForAuthor = pairs.Where(p => p.Author == author).Select(p => p.Id).Distinct(StringComparer.Ordinal).Count() == 1;
            var oneAuthorForId = pairs.Where(p => p.Id == id).Select(p => p.Author).Distinct().Count() == 1;
            if (oneIdForAuthor && oneAuthorForId) ids[author] = id;
        }

        return ids;
    }

    /// <summary>The one author a name stands for: the only one spelled the same, else the only compatible one.</summary>
    public static int? FindAuthor(WosName name, IReadOnlyList<WosName> authors)
    {
        if (name.Family.Count == 0 && name.Given.Count == 0) return null;
        var same = Indexes(authors, name.SameAs);
        if (same.Count > 0) return same.Count == 1 ? same[0] : null;
        var compatible = Indexes(authors, name.Compatible);
        return compatible.Count == 1 ? compatible[0] : null;
    }

    private static List<int> Indexes(IReadOnlyList<WosName> authors, Func<WosName, bool> predicate)
    {
        var found = new List<int>();
        for (var i = 0; i < authors.Count; i++)
            if (predicate(authors[i])) found.Add(i);
        return found;
    }

    /// <summary>An ORCID iD with a valid ISO 7064 MOD 11-2 check character, upper-case; null otherwise.</summary>
    public static string? Orcid(string text)
    {
        var id = text.Trim().ToUpperInvariant();
        if (!OrcidShape().IsMatch(id)) return null;
        var total = 0;
        foreach (var c in id[..^1])
            if (c != '-') total = (total + (c - '0')) * 2;
        var check = (12 - (total % 11)) % 11;
        return id[^1] == (check == 10 ? 'X' : (char)('0' + check)) ? id : null;
    }

    /// <summary>A Web of Science ResearcherID ("F-2833-2014", "AAE-3627-2019"), upper-case; null otherwise.</summary>
    public static string? ResearcherId(string text)
    {
        var id = text.Trim().ToUpperInvariant();
        return ResearcherIdShape().IsMatch(id) ? id : null;
    }

    [GeneratedRegex(@"^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$")]
    private static partial Regex OrcidShape();

    [GeneratedRegex(@"^[A-Z]{1,4}-\d{4}-(19|20)\d\d$")]
    private static partial Regex ResearcherIdShape();
}
