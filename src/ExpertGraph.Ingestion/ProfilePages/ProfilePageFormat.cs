namespace ExpertGraph.Ingestion.ProfilePages;

/// <summary>Tells a saved web page from a record file by its content: an HTML document type or root element.</summary>
public static class ProfilePageFormat
{
    public const string Name = "profile-page-html";

    public static bool IsHtml(ReadOnlySpan<byte> head)
    {
        var text = head.StartsWith("\xEF\xBB\xBF"u8) ? head[3..] : head;
        while (true)
        {
            text = text.TrimStart(" \t\r\n"u8);
            // A leading comment ("<!-- saved from url=... -->", as browsers write) comes before the document type.
            if (!text.StartsWith("<!--"u8)) break;
            var end = text.IndexOf("-->"u8);
            if (end < 0) return false;
            text = text[(end + 3)..];
        }

        return StartsWithIgnoreCase(text, "<!doctype html"u8) || StartsWithIgnoreCase(text, "<html"u8);
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> prefix)
    {
        if (text.Length < prefix.Length) return false;
        for (var i = 0; i < prefix.Length; i++)
            if (char.ToLowerInvariant((char)text[i]) != (char)prefix[i]) return false;
        return true;
    }
}
