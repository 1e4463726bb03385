using System.Collections.Frozen;
using System.Text.Json;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>
/// Looks at the first bytes of a file to tell whether it holds Crossref REST records: an API response envelope
/// ({"status", "message-type": "work-list", "message": …}), or a bare record as a line of a dump. Only the first value's
/// top-level properties are looked at, as far as the head goes.
/// </summary>
internal static class CrossrefHead
{
    private static readonly FrozenSet<string> MessageTypes = new[]
    {
        "work", "work-list", "funder", "funder-list", "member", "member-list", "journal", "journal-list",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// True for an envelope of works, funders, members or journals; for a work with a DOI whose title or container
    /// title is a list (CSL-JSON has strings there) or whose type is one CSL lacks; for a funder (its id a Funder
    /// Registry DOI, 10.13039/…); and for a member or journal (Crossref's "last-status-check-time" beside a
    /// "primary-name" or an "ISSN" list).
    /// </summary>
    public static bool LooksLikeCrossref(ReadOnlySpan<byte> head)
    {
        head = JsonHead.SkipBomAndWhitespace(head);
        if (head.IsEmpty || head[0] != (byte)'{') return false;
        bool doi = false, listTitle = false, crossrefType = false, funderUri = false, statusCheck = false, primaryName = false, issnList = false;
        var reader = new Utf8JsonReader(head, isFinalBlock: false, state: default);
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth == 0 && reader.TokenType == JsonTokenType.EndObject) break;
                if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1) continue;
                var name = reader.GetString();
                if (!reader.Read()) break;
                var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                var isArray = reader.TokenType == JsonTokenType.StartArray;
                switch (name)
                {
                    case "message-type": return text is not null && MessageTypes.Contains(text);
                    case "DOI": doi |= text is not null; break;
                    case "title" or "container-title": listTitle |= isArray; break;
                    case "type": crossrefType |= text is not null && CrossrefWorkTypes.IsCrossrefOnly(text); break;
                    case "uri": funderUri |= text is not null && text.Contains("10.13039/", StringComparison.Ordinal); break;
                    case "last-status-check-time": statusCheck = true; break;
                    case "primary-name": primaryName |= text is not null; break;
                    case "ISSN": issnList |= isArray; break;
                }
            }
        }
        catch (JsonException)
        {
            return false;
        }

        return (doi && (listTitle || crossrefType)) || funderUri || (statusCheck && (primaryName || issnList));
    }
}
