using AngleSharp.Dom;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Ingestion.ProfilePages;

/// <summary>schema.org microdata: the first itemscope of type Person, and ScholarlyArticle items as publications.</summary>
internal static class SchemaOrgMicrodata
{
    private const string Method = "microdata";

    public static void Read(IDocument document, PageFacts facts)
    {
        if (document.QuerySelectorAll("[itemscope][itemtype]").FirstOrDefault(e => IsType(e, "Person")) is { } person)
        {
            facts.OfferName(Prop(person, "name") ?? JoinNames(Prop(person, "givenName"), Prop(person, "familyName")), Method);
            foreach (var alternate in Props(person, "alternateName")) facts.OfferName(Value(alternate), Method);
            facts.OfferPosition(Prop(person, "jobTitle"), Method);
            foreach (var property in new[] { "affiliation", "worksFor", "memberOf" })
            {
                if (Props(person, property).FirstOrDefault() is not { } organization) continue;
                facts.OfferInstitution(organization.HasAttribute("itemscope") ? Prop(organization, "name") : Value(organization), Method);
                break;
            }

            foreach (var email in Props(person, "email")) facts.AddEmail(Value(email), Method);
            foreach (var interest in Props(person, "knowsAbout")) facts.AddInterest(Value(interest), Method);
            foreach (var same in Props(person, "sameAs").Concat(Props(person, "url")))
                if (Value(same) is { } url) facts.AddLink(new PageLink(ScholarLinks.LabelOf(url) ?? "Homepage", url));
        }

        foreach (var work in document.QuerySelectorAll("[itemscope][itemtype]").Where(e => IsType(e, "ScholarlyArticle") || IsType(e, "CreativeWork")))
        {
            var title = Prop(work, "name") ?? Prop(work, "headline");
            if (title is null) continue;
            var date = Prop(work, "datePublished");
            int? year = date is { Length: >= 4 } && int.TryParse(date.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null;
            facts.AddPublication(PublicationText.Parse(Core.Text.TextNormalizer.Normalize(work.TextContent), title, year), Method);
        }
    }

    private static bool IsType(IElement element, string type) =>
        (element.GetAttribute("itemtype") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(t => t.EndsWith("schema.org/" + type, StringComparison.OrdinalIgnoreCase));

    // The element's own properties: not those of an item nested inside it.
    private static IEnumerable<IElement> Props(IElement scope, string name) =>
        scope.QuerySelectorAll("[itemprop]").Where(e =>
            e.GetAttribute("itemprop")!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(name, StringComparer.Ordinal)
            && ReferenceEquals(e.ParentElement?.Closest("[itemscope]"), scope));

    private static string? Prop(IElement scope, string name) => Props(scope, name).Select(Value).FirstOrDefault(v => v is not null);

    private static string? Value(IElement element) => element.LocalName switch
    {
        "a" or "link" => element.GetAttribute("href"),
        "meta" => element.GetAttribute("content"),
        "time" => element.GetAttribute("datetime") ?? element.TextContent,
        _ => element.TextContent,
    } is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static string? JoinNames(string? given, string? family) =>
        given is null && family is null ? null : string.Join(' ', new[] { given, family }.Where(p => p is not null));
}
