using System.Text;

namespace ExpertGraph.Ingestion.ProfilePages;

/// <summary>
/// E-mail addresses as pages write them: mailto links, and the forms people use against harvesters
/// ("li [at] mit [dot] edu", "zhang(at)pku.edu.cn", "wang#tsinghua.edu.cn" with "将#替换为@").
/// </summary>
internal static class EmailText
{
    // Role addresses of a site, not of the person on the page.
    private static readonly HashSet<string> RoleMailboxes = new(StringComparer.OrdinalIgnoreCase)
    {
        "webmaster", "info", "office", "admin", "contact", "support", "noreply", "no-reply", "web", "help", "news",
    };

    /// <summary>The address in <paramref name="text"/>, lower-case, or null when there is none or it is a site's role mailbox.</summary>
    public static string? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var value = text.Trim();
        if (value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)) value = value[7..];
        var query = value.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0) value = value[..query];
        value = Deobfuscate(value);
        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != value.LastIndexOf('@') || at == value.Length - 1) return null;
        var local = value[..at];
        var domain = value[(at + 1)..].TrimEnd('.');
        if (!domain.Contains('.', StringComparison.Ordinal) || !IsAddressText(local) || !IsAddressText(domain)) return null;
        if (RoleMailboxes.Contains(local)) return null;
        return (local + "@" + domain).ToLowerInvariant();
    }

    private static string Deobfuscate(string text)
    {
        var builder = new StringBuilder(text.Normalize(NormalizationForm.FormKC));
        foreach (var (from, to) in new[] { (" [at] ", "@"), ("[at]", "@"), ("(at)", "@"), (" at ", "@"), ("{at}", "@"), (" [dot] ", "."), ("[dot]", "."), ("(dot)", "."), (" dot ", "."), ("{dot}", ".") })
            builder.Replace(from, to);
        var value = builder.ToString().Trim();
        value = value.Replace(" AT ", "@", StringComparison.Ordinal).Replace(" DOT ", ".", StringComparison.Ordinal);
        // Text after the address: "wang#pku.edu.cn（将#替换为@）", "li@mit.edu, Tel ..."
        var end = value.IndexOfAny([' ', '(', '（', ',', '，', ';', '；']);
        if (end > 0) value = value[..end];
        // "wang#tsinghua.edu.cn": Chinese pages write # for @ (and say so beside it).
        if (!value.Contains('@', StringComparison.Ordinal) && value.Count(c => c == '#') == 1) value = value.Replace('#', '@');
        return value;
    }

    private static bool IsAddressText(string text)
    {
        foreach (var c in text)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '+')) return false;
        return text.Length > 0;
    }
}
