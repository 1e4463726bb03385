using ExpertGraph.Core.Names;
using ExpertGraph.Core.Text;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>
/// Author lists written in hanzi (CNKI and the BibTeX converted from it). Names are separated by ';' or a comma
/// (half- or full-width) or '、', never by spaces ("张 伟" is one name). A hanzi author that is an organization
/// (中国临床肿瘤学会, 铁道部运输局, 本报评论员) must not be split into a surname and a given name.
/// </summary>
internal static class HanAuthorNames
{
    private static readonly char[] Separators = [';', '；', ',', '，', '、'];

    /// <summary>Endings of organization names that a personal name of three or four characters does not have.</summary>
    private static readonly string[] OrganizationEndings =
    [
        "委员会", "学会", "协会", "研究会", "联合会", "研究所", "研究院", "中心", "编辑部", "编委会", "课题组", "项目组",
        "工作组", "小组", "评论员", "记者", "办公室", "办公厅", "公司", "集团", "大学", "学院", "医院", "出版社", "报社", "杂志社",
    ];

    public static IEnumerable<string> Split(string list) =>
        list.Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// The whole text as a family name when a hanzi name names an organization: five hanzi or more without a name dot (a
    /// Chinese personal name has two to four), or an organization ending; null for a personal name.
    /// </summary>
    public static PersonName? OrganizationName(string name)
    {
        var compact = string.Concat(name.Where(c => !char.IsWhiteSpace(c)));
        if (!compact.Where(char.IsLetter).All(ScriptDetector.IsHan)) return null;
        var isOrganization = (compact.Length >= 5 && !compact.Contains('·', StringComparison.Ordinal) && !compact.Contains('•', StringComparison.Ordinal))
            || (compact.Length >= 3 && Array.Exists(OrganizationEndings, ending => compact.EndsWith(ending, StringComparison.Ordinal)));
        return isOrganization ? new PersonName(compact, string.Empty, NameScript.Han) : null;
    }
}
