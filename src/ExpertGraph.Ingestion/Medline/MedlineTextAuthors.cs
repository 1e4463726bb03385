using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Ingestion.Papers;

namespace ExpertGraph.Ingestion.Medline;

/// <summary>
/// The authors of a MEDLINE text record. Each author starts at FAU ("Gadzalski, Marek"; its AU "Gadzalski M" follows)
/// or at an AU without a FAU; the AD (one or more) and AUID lines after it are that author's. CN (a collective) and
/// IR/FIR (investigators, not authors) name no author and stop AD lines from attaching to the author before them.
/// </summary>
internal static class MedlineTextAuthors
{
    public static List<AuthorMention> Read(IReadOnlyList<MedlineTextField> fields)
    {
        var authors = new List<AuthorDraft>();
        AuthorDraft? current = null;
        foreach (var field in fields)
        {
            var value = PaperText.CollapseWhitespace(field.Value);
            switch (field.Tag)
            {
                case "FAU" when value is not null:
                    authors.Add(current = new AuthorDraft { FullName = value });
                    break;
                case "AU" when value is not null:
                    if (current is { ShortName: null, FullName: not null }) current.ShortName = value;
                    else authors.Add(current = new AuthorDraft { ShortName = value });
                    break;
                case "AD" when current is not null:
                    current.Affiliations.Add(value);
                    break;
                case "AUID" when current is not null && value is not null && value.StartsWith("ORCID:", StringComparison.OrdinalIgnoreCase):
                    current.Orcid ??= ScholarlyIds.Orcid(value["ORCID:".Length..].Trim().Replace(" ", "", StringComparison.Ordinal));
                    break;
                case "CN" or "IR" or "FIR" or "IRAD":
                    current = null;
                    break;
            }
        }

        return [.. authors.Select((author, index) => author.ToMention(index + 1))];
    }

    private sealed class AuthorDraft
    {
        public string? FullName { get; init; }
        public string? ShortName { get; set; }
        public string? Orcid { get; set; }
        public List<string?> Affiliations { get; } = [];

        public AuthorMention ToMention(int position)
        {
            string? email = null;
            var affiliations = new List<AffiliationMention>();
            foreach (var text in Affiliations)
            {
                var (affiliation, found) = AffiliationEmail.Split(text);
                email ??= found;
                if (affiliation is not null) affiliations.Add(new AffiliationMention(affiliation));
            }

            var (name, rawName) = Name();
            return new AuthorMention(rawName, position) { Name = name, Affiliations = affiliations, Email = email, Orcid = Orcid };
        }

        // "Gadzalski, Marek" (and "Smith, John, Jr") is split by its commas; an AU alone ("Gadzalski M") is left to the
        // name parser, which reads initials.
        private (PersonName? Name, string RawName) Name()
        {
            if (FullName is null) return (null, ShortName!);
            var parts = FullName.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2) return (null, FullName);
            var (family, given) = (parts[0], parts[1]);
            var rawName = string.Join(' ', [given, family, .. parts[2..]]);
            return (new PersonName(family, given, PersonNames.ScriptOf(rawName)), rawName);
        }
    }
}
