using System.Text.Json;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>
/// Person names as CSL-JSON and Crossref write them: "given" and "family" (with CSL's particles and suffix), or one
/// "literal" (CSL) or "name" (Crossref, for organizations). A name is split into a <see cref="PersonName"/> only when
/// the source gives both parts: OpenAlex's CSL export puts the whole name in "family" with an empty "given", which the
/// normalizer must parse like any unsplit name.
/// </summary>
internal static class CslNames
{
    /// <summary>A mention at <paramref name="position"/>, or null when the entry holds no name at all.</summary>
    public static AuthorMention? Mention(JsonElement person, int position, AuthorRole role)
    {
        var given = Part(person, "given");
        var family = Join(Part(person, "non-dropping-particle"), Part(person, "family"));
        if (family is null)
        {
            var whole = Part(person, "literal") ?? Part(person, "name") ?? given;
            return whole is null ? null : new AuthorMention(whole, position) { Role = role, Orcid = ScholarlyIds.Orcid(person.StringOrNull("ORCID")) };
        }

        var rawName = Join(Join(given, Part(person, "dropping-particle")), family)!;
        var script = PersonNameParser.TryParse(rawName, out var parsed) ? parsed.Script : NameScript.Other;
        // A Han name reads family first: 张伟, not 伟 张.
        if (script == NameScript.Han && given is not null) rawName = family + given;
        if (Part(person, "suffix") is { } suffix) rawName += " " + suffix;
        return new AuthorMention(rawName, position)
        {
            Role = role,
            Name = given is null ? null : new PersonName(family, given, script),
            Orcid = ScholarlyIds.Orcid(person.StringOrNull("ORCID")),
        };
    }

    private static string? Part(JsonElement person, string name) => PaperText.CollapseWhitespace(person.StringOrNull(name));

    private static string? Join(string? first, string? second) =>
        first is null ? second : second is null ? first : first + " " + second;
}
