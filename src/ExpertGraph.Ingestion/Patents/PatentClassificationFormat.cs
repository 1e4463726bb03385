using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ExpertGraph.Ingestion.Patents;

/// <summary>
/// One spelling per classification code, whatever the schema. IPC and CPC: subclass, a space, main group without
/// leading zeros, '/', subgroup as given ("H01L 21/027", "A41D 1/06"). USPC: class without leading zeros or spaces,
/// '/', subclass without leading zeros, then decimals (trailing zeros dropped) after a '.' and any letters
/// ("15/327.6", "D1/106", "99/421H", "2/227").
/// </summary>
internal static partial class PatentClassificationFormat
{
    /// <summary>An IPC/CPC code from its parts (ICE classification-ipcr / classification-cpc).</summary>
    public static string? FromParts(string? section, string? @class, string? subclass, string? mainGroup, string? subgroup)
    {
        if (section is null || @class is null || subclass is null || mainGroup is null) return null;
        var symbol = section + @class + subclass;
        return Compose(symbol, mainGroup, subgroup ?? "00");
    }

    /// <summary>
    /// An IPC code in the edition-7 fixed-width form: "A47L  514" (subclass, main group right-aligned in three, subgroup)
    /// or "A41D001/06". Returns null for what is not IPC (a Locarno design class such as "0101").
    /// </summary>
    public static string? Ipc(string? raw)
    {
        raw = FixedWidth(raw);
        if (raw is null) return null;
        if (raw.Length < 5 || !char.IsAsciiLetterUpper(raw[0]) || !char.IsAsciiDigit(raw[1])
            || !char.IsAsciiDigit(raw[2]) || !char.IsAsciiLetterUpper(raw[3]))
            return null;

        var symbol = raw[..4];
        var rest = raw[4..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0) return Compose(symbol, rest[..slash], rest[(slash + 1)..]);

        // Pretty-printed copies lose a pad space ("E03C 104" for "E03C  104"): the group field is three wide and the
        // subgroup at least two, so a shorter tail is padded back on the left.
        rest = rest.PadLeft(5);
        return Compose(symbol, rest[..3], rest[3..]);
    }

    /// <summary>
    /// An IPC or CPC symbol written out as text, whatever follows it. The EPO writes the IPCR and CPC forms of WIPO ST.8
    /// ("A01D  17/10        19680901AFI20050322BHEP", "F16D2500/10437     20130101 LA20211026BHEP", pretty-printed
    /// "E04B 1/88 20060101AFI20070316BHEP", old "B05B 11/ 00 A I") and, before 2006, the edition form of B511/B512
    /// (" 7A 01B  45/00   A", "2C 07D 307/12 A": the edition, then the symbol with spaces inside). Null when the text
    /// does not start with a symbol.
    /// </summary>
    public static string? FromText(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw) || SymbolText().Match(raw) is not { Success: true } match) return null;
        var symbol = match.Groups["section"].Value + match.Groups["class"].Value + match.Groups["subclass"].Value;
        return Compose(symbol, match.Groups["group"].Value, match.Groups["subgroup"].Value);
    }

    /// <summary>A USPC code in the fixed-width form: class right-aligned in three, subclass in three, then decimals/letters.</summary>
    public static string? Uspc(string? raw)
    {
        raw = FixedWidth(raw);
        if (raw is null) return null;

        // Six is the shortest full width; a shorter value lost its left padding ("4675" is class 4, subclass 675).
        if (raw.Length < 6) raw = raw.PadLeft(6);
        var @class = raw[..3].Replace(" ", "", StringComparison.Ordinal).TrimStart('0');
        var subclass = raw[3..6].Trim().TrimStart('0');
        var tail = raw[6..].Replace(" ", "", StringComparison.Ordinal);
        var digits = 0;
        while (digits < tail.Length && char.IsAsciiDigit(tail[digits])) digits++;
        var decimals = tail[..digits].TrimEnd('0');
        var letters = tail[digits..];

        if (@class.Length == 0) return null;
        if (subclass.Length == 0) subclass = "0";
        return @class + "/" + subclass + (decimals.Length > 0 ? "." + decimals : "") + letters;
    }

    /// <summary>A USPC code given as separate class and subclass (pap applications: "134", "031000").</summary>
    public static string? Uspc(string? @class, string? subclass) =>
        @class is null ? null : Uspc(@class.Trim().PadLeft(3) + (subclass ?? "").Trim().PadRight(3));

    /// <summary>The raw text of a code element: the PDAT inside a PATDOC element, else the element's own text.</summary>
    public static string RawText(XElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return (element.Descendants("PDAT").FirstOrDefault() ?? element).Value;
    }

    // Leading spaces are padding that carries meaning, unless a pretty-printer moved the value onto its own indented
    // line: then the indentation is the printer's and the value is taken trimmed.
    private static string? FixedWidth(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        return raw.Contains('\n', StringComparison.Ordinal) ? raw.Trim() : raw.TrimEnd();
    }

    // An optional edition number (1–8, IPC editions before 2006), section, class, subclass, main group '/' subgroup,
    // spaces allowed between the parts, then the end or a space (the version date and flags follow).
    [GeneratedRegex(@"^\s*(?:[1-8]\s*)?(?<section>[A-HY])\s*(?<class>[0-9]{2})\s*(?<subclass>[A-Z])\s*(?<group>[0-9]{1,4})\s*/\s*(?<subgroup>[0-9]{1,6})(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex SymbolText();

    private static string? Compose(string symbol, string mainGroup, string subgroup)
    {
        var group = mainGroup.Trim().TrimStart('0');
        var sub = subgroup.Trim();
        if (!group.All(char.IsAsciiDigit) || !sub.All(char.IsAsciiDigit) || sub.Length == 0) return null;
        if (group.Length == 0) group = "0";
        return symbol + " " + group + "/" + sub;
    }
}
