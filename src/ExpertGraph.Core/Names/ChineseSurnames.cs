using System.Collections.Frozen;

namespace ExpertGraph.Core.Names;

/// <summary>
/// Two-character Han surnames (复姓), in simplified and traditional forms: the traditional list of the 百家姓 and
/// later compound surnames still borne today. Left out on purpose are pairs that read more often as a one-character
/// surname plus a given name (王孙, 张廖, 贺兰, 乐正, 单于, 宗政, 段干, 谷梁): 贺兰芳 is 贺 + 兰芳.
/// </summary>
internal static class ChineseSurnames
{
    private static readonly FrozenSet<string> Compound = new[]
    {
        // simplified
        "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "令狐", "夏侯",
        "万俟", "闻人", "赫连", "公羊", "澹台", "公冶", "濮阳", "淳于", "太叔", "申屠", "仲孙", "轩辕", "钟离", "鲜于",
        "闾丘", "司空", "亓官", "司寇", "子车", "颛孙", "端木", "巫马", "公西", "漆雕", "壤驷", "公良", "拓跋", "夹谷",
        "宰父", "百里", "东郭", "南门", "呼延", "羊舌", "微生", "梁丘", "左丘", "东门", "西门", "南宫", "第五", "公仪",
        "公乘", "太史", "仲长", "叔孙", "屈突", "尔朱", "东乡", "相里", "司城", "雍门", "毋丘", "綦毋", "屋庐", "独孤",
        "南郭", "北宫", "胡母", "东宫",
        // traditional, where they differ
        "歐陽", "司馬", "諸葛", "東方", "尉遲", "公孫", "長孫", "萬俟", "聞人", "赫連", "澹臺", "濮陽", "仲孫", "軒轅",
        "鍾離", "鮮于", "閭丘", "顓孫", "巫馬", "漆雕", "壤駟", "夾谷", "東郭", "南門", "東門", "西門", "南宮", "叔孫",
        "爾朱", "東鄉", "雍門", "獨孤", "北宮", "東宮",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsCompound(ReadOnlySpan<char> firstTwo) =>
        Compound.GetAlternateLookup<ReadOnlySpan<char>>().Contains(firstTwo);
}
