using System.Globalization;
using System.Text;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Search.Experts;

namespace ExpertGraph.Query.ProfilePages;

/// <summary>
/// Finds the person a profile page is about. Candidates are the persons the experts index finds under each of the page's
/// names; a candidate is the page's person on evidence only: the page's ORCID is theirs (score 1), works the page lists
/// are theirs (0.8, up to 0.95 with more works and the same institution), or, failing both, the page's institution is
/// one of theirs and no other candidate has any evidence (0.6). Two equally supported candidates leave the page
/// unmatched, with both named: a curator decides.
/// </summary>
internal sealed class ProfilePageMatcher(IExpertStore store, PersonLookup? lookup)
{
    private const int MinTitleKeyLength = 12;

    public ProfilePageMatch Match(ProfilePage page)
    {
        if (lookup is null) return new ProfilePageMatch(null, 0, ["no persons are stored yet"]);
        var candidates = new Dictionary<PersonId, PersonSummary>();
        foreach (var name in new[] { page.Name }.Concat(page.OtherNames))
            foreach (var person in lookup.Find(name, 20))
                candidates.TryAdd(person.Id, person);
        if (candidates.Count == 0) return new ProfilePageMatch(null, 0, [$"no person named {page.Name}"]);

        var affiliations = store.GetAffiliations(candidates.Keys).ToLookup(a => a.Person);
        var pageOrcids = page.Links.Select(l => OrcidOf(l.Url)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var pageTexts = page.Publications.Select(p => Key(p.Text)).Where(k => k.Length > 0).ToList();
        var weighed = candidates.Values.Select(c => Weigh(c, affiliations[c.Id], pageOrcids, pageTexts, page.Institution)).ToList();
        var supported = weighed.Where(w => w.Score > 0).OrderByDescending(w => w.Score).ThenBy(w => w.Person.Id.Value).ToList();
        if (supported.Count == 0)
            return new ProfilePageMatch(null, 0, [Plural(candidates.Count, "person") + $" named {page.Name}, none with the page's ORCID, works or institution"]);

        var best = supported[0];
        if (supported.Count > 1 && supported[1].Score >= best.Score)
            return new ProfilePageMatch(null, 0, [$"persons {best.Person.Id} and {supported[1].Person.Id} fit the page equally ({string.Join("; ", best.Reasons)})"]);
        if (best.Score < 0.8 && supported.Count > 1)
            return new ProfilePageMatch(null, 0, [$"{supported.Count} persons named {page.Name} share the page's institution; no ORCID or works tell them apart"]);
        return new ProfilePageMatch(best.Person.Id, best.Score, best.Reasons);
    }

    private (PersonSummary Person, double Score, List<string> Reasons) Weigh(
        PersonSummary person, IEnumerable<AffiliationSpan> affiliations, HashSet<string> pageOrcids, List<string> pageTexts, string? pageInstitution)
    {
        var reasons = new List<string>();
        double score = 0;
        if (person.Orcid is { } orcid && OrcidOf(orcid) is { } id && pageOrcids.Contains(id))
        {
            score = 1;
            reasons.Add($"ORCID {id} on the page is the person's");
        }

        var institution = pageInstitution is null ? null : affiliations.Select(a => a.InstitutionName).Append(person.Institution ?? "")
            .FirstOrDefault(name => SameInstitution(name, pageInstitution));
        var works = pageTexts.Count == 0 ? [] : store.GetPersonWorks(person.Id)
            .Where(w => Key(w.Title) is { Length: >= MinTitleKeyLength } title && pageTexts.Exists(t => t.Contains(title, StringComparison.Ordinal)))
            .ToList();
        if (works.Count > 0)
        {
            score = Math.Max(score, Math.Min(0.95, 0.8 + 0.05 * Math.Min(works.Count - 1, 2) + (institution is null ? 0 : 0.05)));
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{Plural(works.Count, "work")} listed on the page {(works.Count == 1 ? "is" : "are")} the person's: ")
                + string.Join("; ", works.Take(3).Select(w => w.Year is { } y ? string.Create(CultureInfo.InvariantCulture, $"\"{w.Title}\" ({y})") : $"\"{w.Title}\"")));
        }

        if (institution is not null)
        {
            score = Math.Max(score, 0.6);
            reasons.Add($"the page's institution ({pageInstitution}) is one of the person's ({institution})");
        }

        return (person, score, reasons);
    }

    /// <summary>"https://orcid.org/0000-0003-4370-4692" or the bare id → the bare id.</summary>
    internal static string? OrcidOf(string text)
    {
        var at = text.LastIndexOf('/');
        var id = (at >= 0 ? text[(at + 1)..] : text).Trim().ToUpperInvariant();
        return id.Length == 19 && id[4] == '-' && id[9] == '-' && id[14] == '-' ? id : null;
    }

    // Institutions as written differ in articles and punctuation ("The University of Queensland", "University of Queensland").
    internal static bool SameInstitution(string a, string b)
    {
        var x = Key(a.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? a[4..] : a);
        var y = Key(b.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? b[4..] : b);
        return x.Length >= 4 && y.Length >= 4 && (x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal));
    }

    /// <summary>Letters and digits only, lower-case: titles compare across punctuation, dashes and spacing.</summary>
    internal static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
            if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
        return builder.ToString();
    }

    private static string Plural(int count, string noun) => string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}
