using System.Collections.Frozen;
using System.Net;

namespace ExpertGraph.Ingestion.Patents;

/// <summary>
/// Named character entities found in USPTO text. The DTDs that declare them are external and never loaded, so the
/// reader resolves them itself: the ISO 8879 sets the USPTO DTDs include (Greek &amp;lgr;, &amp;Dgr;, punctuation
/// &amp;lsqb;, fractions &amp;frac15;, ...) first, then the HTML 4 names (&amp;mdash;, &amp;uuml;, ...).
/// </summary>
internal static class UsptoEntityTable
{
    private static readonly FrozenDictionary<string, string> Iso8879 = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // ISOgrk1: Greek letters by transliteration.
        ["agr"] = "\u03B1", ["Agr"] = "\u0391", ["bgr"] = "\u03B2", ["Bgr"] = "\u0392",
        ["ggr"] = "\u03B3", ["Ggr"] = "\u0393", ["dgr"] = "\u03B4", ["Dgr"] = "\u0394",
        ["egr"] = "\u03B5", ["Egr"] = "\u0395", ["zgr"] = "\u03B6", ["Zgr"] = "\u0396",
        ["eegr"] = "\u03B7", ["EEgr"] = "\u0397", ["thgr"] = "\u03B8", ["THgr"] = "\u0398",
        ["igr"] = "\u03B9", ["Igr"] = "\u0399", ["kgr"] = "\u03BA", ["Kgr"] = "\u039A",
        ["lgr"] = "\u03BB", ["Lgr"] = "\u039B", ["mgr"] = "\u03BC", ["Mgr"] = "\u039C",
        ["ngr"] = "\u03BD", ["Ngr"] = "\u039D", ["xgr"] = "\u03BE", ["Xgr"] = "\u039E",
        ["ogr"] = "\u03BF", ["Ogr"] = "\u039F", ["pgr"] = "\u03C0", ["Pgr"] = "\u03A0",
        ["rgr"] = "\u03C1", ["Rgr"] = "\u03A1", ["sgr"] = "\u03C3", ["Sgr"] = "\u03A3",
        ["sfgr"] = "\u03C2", ["tgr"] = "\u03C4", ["Tgr"] = "\u03A4", ["ugr"] = "\u03C5",
        ["Ugr"] = "\u03A5", ["phgr"] = "\u03C6", ["PHgr"] = "\u03A6", ["khgr"] = "\u03C7",
        ["KHgr"] = "\u03A7", ["psgr"] = "\u03C8", ["PSgr"] = "\u03A8", ["ohgr"] = "\u03C9",
        ["OHgr"] = "\u03A9",

        // ISOgrk3 names HTML lacks.
        ["epsi"] = "\u03B5", ["epsis"] = "\u03F5", ["epsiv"] = "\u03B5", ["thetas"] = "\u03B8",
        ["thetav"] = "\u03D1", ["phis"] = "\u03C6", ["phiv"] = "\u03D5", ["gammad"] = "\u03DD",
        ["kappav"] = "\u03F0", ["rhov"] = "\u03F1", ["sigmav"] = "\u03C2", ["upsi"] = "\u03C5",
        ["Upsi"] = "\u03D2", ["piv"] = "\u03D6",

        // ISOnum and ISOpub: punctuation, fractions, spaces, symbols.
        ["plus"] = "+", ["equals"] = "=", ["lsqb"] = "[", ["rsqb"] = "]", ["bsol"] = "\\",
        ["lcub"] = "{", ["rcub"] = "}", ["verbar"] = "|", ["excl"] = "!", ["quest"] = "?",
        ["num"] = "#", ["dollar"] = "$", ["percnt"] = "%", ["ast"] = "*", ["commat"] = "@",
        ["lowbar"] = "_", ["colon"] = ":", ["semi"] = ";", ["sol"] = "/", ["lpar"] = "(",
        ["rpar"] = ")", ["comma"] = ",", ["period"] = ".", ["horbar"] = "\u2015", ["half"] = "\u00BD",
        ["frac13"] = "\u2153", ["frac23"] = "\u2154", ["frac15"] = "\u2155", ["frac25"] = "\u2156",
        ["frac35"] = "\u2157", ["frac45"] = "\u2158", ["frac16"] = "\u2159", ["frac56"] = "\u215A",
        ["frac18"] = "\u215B", ["frac38"] = "\u215C", ["frac58"] = "\u215D", ["frac78"] = "\u215E",
        ["ohm"] = "\u2126", ["angst"] = "\u212B", ["sung"] = "\u266A", ["hyphen"] = "\u2010",
        ["dash"] = "\u2010", ["emsp"] = "\u2003", ["ensp"] = "\u2002", ["emsp13"] = "\u2004",
        ["emsp14"] = "\u2005", ["numsp"] = "\u2007", ["puncsp"] = "\u2008", ["thinsp"] = "\u2009",
        ["hairsp"] = "\u200A", ["nldr"] = "\u2025", ["mldr"] = "\u2026", ["incare"] = "\u2105",
        ["hybull"] = "\u2043", ["caret"] = "\u2041", ["lsquor"] = "\u201A", ["ldquor"] = "\u201E",
        ["fflig"] = "\uFB00", ["filig"] = "\uFB01", ["fllig"] = "\uFB02", ["ffilig"] = "\uFB03",
        ["ffllig"] = "\uFB04", ["vellip"] = "\u22EE", ["starf"] = "\u2605", ["star"] = "\u2606",
        ["check"] = "\u2713", ["cross"] = "\u2717", ["male"] = "\u2642", ["female"] = "\u2640",
        ["squ"] = "\u25A1", ["squf"] = "\u25AA", ["cir"] = "\u25CB", ["Verbar"] = "\u2016",
        ["ap"] = "\u2248", ["bottom"] = "\u22A5", ["die"] = "\u00A8", ["caron"] = "\u02C7",
        ["breve"] = "\u02D8", ["dot"] = "\u02D9", ["ring"] = "\u02DA", ["ogon"] = "\u02DB",
        ["dblac"] = "\u02DD", ["grave"] = "`",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The text an entity name stands for, or false when neither ISO 8879 nor HTML 4 knows it.</summary>
    public static bool TryResolve(string name, out string value)
    {
        if (Iso8879.TryGetValue(name, out var iso))
        {
            value = iso;
            return true;
        }

        var reference = "&" + name + ";";
        var decoded = WebUtility.HtmlDecode(reference);
        if (!string.Equals(decoded, reference, StringComparison.Ordinal))
        {
            value = decoded;
            return true;
        }

        value = "";
        return false;
    }
}
