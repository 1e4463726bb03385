using System.Text.Json;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>
/// A Crossref work's identifiers: its DOI, its ISBNs (digits only, "http://id.crossref.org/isbn/…" unwrapped), the
/// ISSNs of its journal (scheme Other, "issn:" + the ISSN: the model has no scheme of their own) and the award numbers
/// of its funders.
/// </summary>
internal static class CrossrefIdentifiers
{
    public static List<WorkIdentifier> Of(JsonElement record, string doi)
    {
        var identifiers = new List<WorkIdentifier> { new(IdentifierScheme.Doi, doi) };
        foreach (var isbn in TypedValues(record, "isbn-type").Concat(record.Strings("ISBN")).Select(ScholarlyIds.Isbn).OfType<string>().Distinct(StringComparer.Ordinal))
            identifiers.Add(new(IdentifierScheme.Isbn, isbn));
        foreach (var issn in TypedValues(record, "issn-type").Concat(record.Strings("ISSN")).Select(ScholarlyIds.Issn).OfType<string>().Distinct(StringComparer.Ordinal))
            identifiers.Add(new(IdentifierScheme.Other, "issn:" + issn));
        var awards = record.Items("funder").SelectMany(f => f.Strings("award")).Select(PaperText.CollapseWhitespace).OfType<string>();
        foreach (var award in awards.Distinct(StringComparer.Ordinal))
            identifiers.Add(new(IdentifierScheme.AwardId, award));
        return identifiers;
    }

    private static IEnumerable<string> TypedValues(JsonElement record, string name) =>
        record.Items(name).Select(t => t.StringOrNull("value")).OfType<string>();
}
