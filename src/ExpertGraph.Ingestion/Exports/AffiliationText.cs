using System.Text.RegularExpressions;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Text;

namespace ExpertGraph.Ingestion.Exports;

/// <summary>
/// An affiliation given as one free-text address ("Department of Physics, Tsinghua University, Beijing, 100084, China",
/// "清华大学计算机系,北京100084"), as Scopus, IEEE Xplore, Retraction Watch and RIS exports give them. The raw text is kept
/// whole (the normalizer reads the country from it); the organization is picked out only where a part of the address
/// plainly names one, so that institution resolution gets an employer rather than a department or a city.
/// </summary>
internal static partial class AffiliationText
{
    /// <summary>The mention for one address, or null when the text is empty or a placeholder ("NA").</summary>
    public static AffiliationMention? Mention(string? raw)
    {
        var text = ExportText.Value(raw);
        return text is null ? null : new AffiliationMention(text) { Organization = Organization(text) };
    }

    /// <summary>
    /// The part of the address that names the institution: for Latin text the last comma-separated part with a
    /// university-like word ("University", "Universität", "College", "Institute of Technology"), else the last part with
    /// another institution word ("Institute", "Laboratory", "Center", "Hospital", "GmbH"), parts that name a department,
    /// faculty or division excepted. Addresses run from the smallest unit to the largest in most exports, so the last such
    /// part is the employer ("Beckman Institute, University of Illinois at Urbana-Champaign, Urbana, IL" → the
    /// university). For Han text, the leading name up to its first institution word ("清华大学计算机系" → "清华大学",
    /// "中国科学院计算技术研究所" → "中国科学院"). Null when no part names an institution ("CNRS, IRISA").
    /// </summary>
    public static string? Organization(string text)
    {
        if (ScriptDetector.ContainsHan(text)) return HanOrganization(text);

        var parts = Parts(text);
        for (var tier = 0; tier < 2; tier++)
        {
            var words = tier == 0 ? UniversityWord() : InstitutionWord();
            for (var i = parts.Count - 1; i >= 0; i--)
                if (words.IsMatch(parts[i]) && !SubunitStart().IsMatch(parts[i])) return parts[i];
        }

        return null;
    }

    /// <summary>Comma-separated parts; a legal form standing alone ("I/O Doctors, LLC") stays with the name before it.</summary>
    private static List<string> Parts(string text)
    {
        var parts = new List<string>();
        foreach (var piece in text.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (parts.Count > 0 && LegalForm().IsMatch(piece)) parts[^1] += ", " + piece;
            else parts.Add(piece);
        }

        return parts;
    }

    private static string? HanOrganization(string text)
    {
        foreach (var piece in text.Split([',', '，', ';', '；', ' ', '　', '、'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var part = ListNumber().Replace(piece, string.Empty);
            if (HanInstitution().Match(part) is { Success: true } institution) return institution.Value;
            if (HanUnit().Match(part) is { Success: true } unit) return unit.Value;
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:Univ\b|Universit|Universidad|Universidade|Uniwersytet|Hochschule|College|Polytechnic|Politecnico|Polytechnique|Institute of Technology|Medical School|School of (?:Medicine|Public Health|Economics)|Business School|Law School|Ecole|École|ETH\b|EPFL\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UniversityWord();

    [GeneratedRegex(@"\b(?:Institut|Instituto|Istituto|Inst\b|Academy|Academia|Akademie|Hospital|H[oô]pital|Ospedale|Policlinico|Klinikum|Society|Clinic|Laborator|Lab\b|Labs\b|Cent(?:er|re)\b|Centro|Centrum|Ctr\b|Foundation|Council|Agency|Observatory|Organi[sz]ation|Ministry|Corporation|Corp\b|Company|Inc\b|LLC\b|Ltd\b|GmbH\b|CNRS\b|CERN\b|INRIA\b|CSIRO\b|NASA\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InstitutionWord();

    [GeneratedRegex(@"^(?:Dep(?:artmen)?t\b|Dept\b|Faculty|Fac\b|Division|Div\b|Section|Chair\b|Unit\b|Graduate School|School of|Program(?:me)? in)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubunitStart();

    [GeneratedRegex(@"^(?:Inc|LLC|Ltd|GmbH|AG|SA|S\.A|Co|Corp|plc|B\.V|BV|N\.V)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LegalForm();

    /// <summary>The shortest leading name ending in a word for a university, academy, hospital or company.</summary>
    [GeneratedRegex(@"^.+?(?:大学|学院|研究院|医院|公司)", RegexOptions.CultureInvariant)]
    private static partial Regex HanInstitution();

    [GeneratedRegex(@"^.+?(?:研究所|研究中心|中心|实验室)", RegexOptions.CultureInvariant)]
    private static partial Regex HanUnit();

    [GeneratedRegex(@"^\d{1,2}[.、]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex ListNumber();
}
