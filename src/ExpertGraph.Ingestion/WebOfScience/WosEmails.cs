using ExpertGraph.Ingestion.Normalization;

namespace ExpertGraph.Ingestion.WebOfScience;

/// <summary>
/// EM lists the e-mail addresses of a record (mostly its corresponding authors') with no link to the authors and in no
/// reliable order. An address goes to an author only when its local part spells that author's name and no other's:
/// "zhiqing_luo" or "luo.zhiqing" for Luo, Zhiqing, "tmarghet…" does not ("t" + a cut family name is too loose);
/// "jsmith", "smithj", "john.smith", "smith", "john" (four letters or more) do, when only one author fits ("diego@…"
/// fits both Llanos, Diego R. and Diego, Ester, so it goes to neither). A record
/// with one author and one address gives it to that author. Anything else stays unattached: an e-mail address joins
/// mentions into one person, so a wrong one merges two people.
/// </summary>
internal static class WosEmails
{
    /// <summary>The e-mail address of each author (null when none fits), in author order.</summary>
    public static string?[] Match(IReadOnlyList<string> emails, IReadOnlyList<WosName> authors)
    {
        var result = new string?[authors.Count];
        if (authors.Count == 1 && emails.Count == 1)
        {
            result[0] = emails[0];
            return result;
        }

        foreach (var email in emails)
        {
            int? match = null;
            var ambiguous = false;
            for (var i = 0; i < authors.Count && !ambiguous; i++)
            {
                if (!Spells(email, authors[i])) continue;
                ambiguous = match is not null;
                match = i;
            }

            if (!ambiguous && match is { } author && result[author] is null) result[author] = email;
        }

        return result;
    }

    /// <summary>The addresses of an EM field: its items, each the part that holds an "@" (no spaces, commas or trailing dot).</summary>
    public static List<string> Parse(IReadOnlyList<(string Text, long Line)> items)
    {
        var emails = new List<string>();
        foreach (var (item, _) in items)
        {
            foreach (var part in item.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                var email = part.Trim().TrimEnd('.');
                var at = email.IndexOf('@', StringComparison.Ordinal);
                if (at > 0 && at < email.Length - 1 && !emails.Contains(email, StringComparer.OrdinalIgnoreCase)) emails.Add(email);
            }
        }

        return emails;
    }

    /// <summary>Whether the local part of <paramref name="email"/> spells <paramref name="author"/>'s name.</summary>
    public static bool Spells(string email, WosName author)
    {
        if (author.Family.Count == 0) return false;
        // "john.smith", "zhiqing_luo", "ferrero-lopez": the words of the local part, folded, letters only.
        var words = email[..email.IndexOf('@', StringComparison.Ordinal)].Split(['.', '_', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Select(word => string.Concat(PlaceNameText.Fold(word).Where(char.IsLetter)))
            .ToList();
        var letters = string.Concat(words);
        if (letters.Length < 3) return false;

        var family = author.FamilyText;
        var given = author.GivenText;
        if (letters == family || letters == family + given || letters == given + family) return true;
        if (author.Given.Count > 0)
        {
            var initials = author.GivenInitials;
            var first = author.Given[0];
            // A given name alone ("diego@…") is also weighed against every other author's family name (Diego, Ester).
            if ((given.Length >= 4 && letters == given) || (first.Length >= 4 && letters == first)) return true;
            string[] forms = [initials + family, family + initials, first + family, family + first, first[..1] + family, family + first[..1]];
            if (forms.Contains(letters)) return true;
        }

        if (author.Family.Count > 1)
        {
            foreach (var part in author.Family)
            {
                string[] forms = [given + part, part + given, author.GivenInitials + part, part + author.GivenInitials];
                if (forms.Where(form => form.Length > part.Length).Contains(letters)) return true;
            }
        }

        // "john.smith", "sandro.b.ferreira", "xu_hao": separated words (initials aside), all the author's, one of them the family name.
        var nameWords = words.Where(word => word.Length > 1).ToList();
        return nameWords.Count >= 2 && nameWords.All(word => author.Family.Contains(word) || author.Given.Contains(word)) && nameWords.Exists(author.Family.Contains);
    }
}
