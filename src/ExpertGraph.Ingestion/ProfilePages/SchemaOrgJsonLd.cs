using System.Text.Json;
using AngleSharp.Dom;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Ingestion.ProfilePages;

/// <summary>
/// schema.org facts from &lt;script type="application/ld+json"&gt; blocks: the first Person (at the top, in @graph, or
/// a ProfilePage's mainEntity) and every ScholarlyArticle or CreativeWork as a publication. A block that is not valid
/// JSON is passed over; the other steps still read the page.
/// </summary>
internal static class SchemaOrgJsonLd
{
    private const string Method = "json-ld";

    public static void Read(IDocument document, PageFacts facts)
    {
        // The page's subject is its first Person; later ones are co-authors or colleagues.
        var personSeen = false;
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            }
            catch (JsonException)
            {
                continue;
            }

            using (json) Visit(json.RootElement, facts, ref personSeen, depth: 0);
        }
    }

    private static void Visit(JsonElement element, PageFacts facts, ref bool personSeen, int depth)
    {
        if (depth > 8) return;
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray()) Visit(item, facts, ref personSeen, depth + 1);
            return;
        }

        if (element.ValueKind != JsonValueKind.Object) return;
        if (IsType(element, "Person"))
        {
            if (personSeen) return;
            personSeen = true;
            ReadPerson(element, facts);
        }
        else if (IsType(element, "ScholarlyArticle") || IsType(element, "Article") || IsType(element, "CreativeWork") || IsType(element, "Book"))
        {
            ReadWork(element, facts);
        }

        // Where a page nests its subject and its works; a work's authors are not visited (they are other people).
        foreach (var property in new[] { "@graph", "mainEntity", "itemListElement", "item", "subjectOf", "workExample" })
            if (element.TryGetProperty(property, out var child))
                Visit(child, facts, ref personSeen, depth + 1);
    }

    private static void ReadPerson(JsonElement person, PageFacts facts)
    {
        facts.OfferName(Text(person, "name") ?? JoinNames(Text(person, "givenName"), Text(person, "familyName")), Method);
        foreach (var alternate in Texts(person, "alternateName")) facts.OfferName(alternate, Method);
        facts.OfferPosition(Texts(person, "jobTitle").FirstOrDefault() ?? Texts(person, "honorificPrefix").FirstOrDefault(), Method);
        foreach (var property in new[] { "affiliation", "worksFor", "memberOf" })
        {
            if (!person.TryGetProperty(property, out var organization)) continue;
            var first = organization.ValueKind == JsonValueKind.Array ? organization.EnumerateArray().FirstOrDefault() : organization;
            if (first.ValueKind == JsonValueKind.String) facts.OfferInstitution(first.GetString(), Method);
            else if (first.ValueKind == JsonValueKind.Object)
            {
                if (first.TryGetProperty("parentOrganization", out var parent) && Text(parent, "name") is { } parentName)
                {
                    facts.OfferInstitution(parentName, Method);
                    facts.OfferDepartment(Text(first, "name"), Method);
                }
                else
                {
                    facts.OfferInstitution(Text(first, "name"), Method);
                    if (first.TryGetProperty("department", out var department)) facts.OfferDepartment(Texts(department, "name").FirstOrDefault(), Method);
                }
            }
        }

        foreach (var email in Texts(person, "email")) facts.AddEmail(email, Method);
        foreach (var interest in Texts(person, "knowsAbout")) facts.AddInterest(interest, Method);
        if (Text(person, "url") is { } url) facts.AddLink(new PageLink("Homepage", url));
        foreach (var same in Texts(person, "sameAs")) facts.AddLink(new PageLink(ScholarLinks.LabelOf(same) ?? "Profile", same));
        if (person.TryGetProperty("identifier", out var identifier))
            foreach (var id in Texts(identifier, "value").Concat(identifier.ValueKind == JsonValueKind.String ? [identifier.GetString()!] : []))
                if (ScholarLinks.LabelOf(id) is { } label) facts.AddLink(new PageLink(label, id));
    }

    private static void ReadWork(JsonElement work, PageFacts facts)
    {
        var title = Text(work, "name") ?? Text(work, "headline");
        if (title is null) return;
        var year = Text(work, "datePublished") is { Length: >= 4 } date && int.TryParse(date.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : (int?)null;
        var venue = work.TryGetProperty("isPartOf", out var part) ? Texts(part, "name").FirstOrDefault() : null;
        var text = string.Join(". ", new[] { title, venue, year?.ToString(System.Globalization.CultureInfo.InvariantCulture) }.Where(t => t is not null));
        facts.AddPublication(PublicationText.Parse(text, title, year), Method);
    }

    private static bool IsType(JsonElement element, string type)
    {
        if (!element.TryGetProperty("@type", out var value)) return false;
        if (value.ValueKind == JsonValueKind.String) return IsNamed(value.GetString(), type);
        return value.ValueKind == JsonValueKind.Array && value.EnumerateArray().Any(v => v.ValueKind == JsonValueKind.String && IsNamed(v.GetString(), type));
    }

    private static bool IsNamed(string? value, string type) =>
        string.Equals(value, type, StringComparison.Ordinal) || (value?.EndsWith("/" + type, StringComparison.Ordinal) ?? false);

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // A property that may be a string, an object with a name, or an array of either.
    private static IEnumerable<string> Texts(JsonElement element, string property)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                foreach (var text in Texts(item, property)) yield return text;
            yield break;
        }

        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(property, out var value)) yield break;
        foreach (var item in value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToArray() : [value])
        {
            if (item.ValueKind == JsonValueKind.String) yield return item.GetString()!;
            else if (Text(item, "name") is { } name) yield return name;
        }
    }

    private static string? JoinNames(string? given, string? family) =>
        given is null && family is null ? null : string.Join(' ', new[] { given, family }.Where(p => p is not null));
}
