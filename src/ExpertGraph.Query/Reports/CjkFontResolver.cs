using PdfSharp.Fonts;

namespace ExpertGraph.Query.Reports;

/// <summary>
/// PDFsharp's font resolver for reports: every family resolves to the one CJK face of <see cref="CjkFontFile"/> (it
/// holds Latin letters too), bold simulated, so a report embeds one font. PDFsharp's resolver is process-wide: it is
/// installed once, and the font read on first use.
/// </summary>
internal sealed class CjkFontResolver : IFontResolver
{
    public const string Family = "ExpertGraph CJK";
    private const string Face = "expertgraph-cjk";

    private static readonly Lock Gate = new();
    private readonly Lazy<byte[]> _face = new(() => CjkFontFile.Load().Face);

    /// <summary>Makes sure the font is found (the exception names the package if not), then installs the resolver once.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is CjkFontResolver existing)
            {
                _ = existing._face.Value;
                return;
            }

            var resolver = new CjkFontResolver();
            _ = resolver._face.Value;
            GlobalFontSettings.FontResolver = resolver;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(Face, bold, italic);

    public byte[]? GetFont(string faceName) => _face.Value;
}
