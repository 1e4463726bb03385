using System.Text.Json;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>
/// Looks at the first bytes of a file to tell whether it holds CSL-JSON: an array of items (Zotero, OpenAlex, pandoc,
/// citeproc), or one item (Crossref content negotiation). The first item must have a CSL type and a title that is no
/// list (Crossref REST writes lists), and CSL's own fields: "issued", "author", "editor" or "container-title" — or,
/// inside an array, at least an "id". A lone OpenAlex work ("type": "article", "authorships") has none of them.
/// </summary>
internal static class CslHead
{
    public static bool LooksLikeCsl(ReadOnlySpan<byte> head)
    {
        head = JsonHead.SkipBomAndWhitespace(head);
        if (head.IsEmpty || head[0] is not ((byte)'[' or (byte)'{')) return false;
        var itemDepth = head[0] == (byte)'[' ? 1 : 0;
        bool cslType = false, listTitle = false, cslFields = false, id = false;
        var reader = new Utf8JsonReader(head, isFinalBlock: false, state: default);
        try
        {
            while (reader.Read())
            {
                var depth = reader.CurrentDepth;
                if (depth == itemDepth && reader.TokenType != JsonTokenType.StartObject) break;
                if (reader.TokenType != JsonTokenType.PropertyName || depth != itemDepth + 1) continue;
                var name = reader.GetString();
                if (!reader.Read()) break;
                var token = reader.TokenType;
                switch (name)
                {
                    case "type": cslType = token == JsonTokenType.String && CslTypes.IsCslType(reader.GetString()!); break;
                    case "title": listTitle = token == JsonTokenType.StartArray; break;
                    case "id": id = true; break;
                    case "issued": cslFields |= token == JsonTokenType.StartObject; break;
                    case "author" or "editor": cslFields |= token == JsonTokenType.StartArray; break;
                    case "container-title": cslFields |= token == JsonTokenType.String; break;
                }
            }
        }
        catch (JsonException)
        {
            return false;
        }

        return cslType && !listTitle && (cslFields || (itemDepth == 1 && id));
    }
}
