namespace ExpertGraph.Ingestion.ProfilePages;

/// <summary>
/// Labels that real faculty pages put before a fact ("职称：教授", "Research Interests"), in Chinese and English,
/// longest first so that "Research Interests" wins over "Research" and "所在单位" over "单位".
/// </summary>
internal static class PageLabels
{
    public static readonly IReadOnlyList<(string Label, PageField Field)> All = Sorted(
    [
        ("姓名", PageField.Name), ("Name", PageField.Name), ("Full Name", PageField.Name),
        ("英文名", PageField.EnglishName), ("英文姓名", PageField.EnglishName), ("English Name", PageField.EnglishName),
        ("职称", PageField.Position), ("职务", PageField.Position), ("职称职务", PageField.Position), ("Title", PageField.Position),
        ("Position", PageField.Position), ("Academic Title", PageField.Position), ("Job Title", PageField.Position), ("Rank", PageField.Position),
        ("工作单位", PageField.Institution), ("所在单位", PageField.Institution), ("单位", PageField.Institution), ("Institution", PageField.Institution),
        ("Affiliation", PageField.Institution), ("University", PageField.Institution), ("Organization", PageField.Institution), ("Organisation", PageField.Institution),
        ("所在院系", PageField.Department), ("院系", PageField.Department), ("所在学院", PageField.Department), ("学院", PageField.Department),
        ("部门", PageField.Department), ("Department", PageField.Department), ("Dept", PageField.Department), ("School", PageField.Department),
        ("电子邮箱", PageField.Email), ("电子邮件", PageField.Email), ("邮箱", PageField.Email), ("电邮", PageField.Email), ("Email", PageField.Email),
        ("E-mail", PageField.Email), ("Email Address", PageField.Email), ("Mail", PageField.Email),
        ("研究方向", PageField.Interests), ("主要研究方向", PageField.Interests), ("研究领域", PageField.Interests), ("研究兴趣", PageField.Interests),
        ("Research Interests", PageField.Interests), ("Research Interest", PageField.Interests), ("Research Areas", PageField.Interests),
        ("Research Area", PageField.Interests), ("Research Fields", PageField.Interests), ("Research Topics", PageField.Interests), ("Interests", PageField.Interests),
        ("个人主页", PageField.Homepage), ("主页", PageField.Homepage), ("Homepage", PageField.Homepage), ("Home Page", PageField.Homepage),
        ("Personal Homepage", PageField.Homepage), ("Website", PageField.Homepage),
        ("代表性论文", PageField.Publications), ("代表论文", PageField.Publications), ("代表性成果", PageField.Publications), ("学术论文", PageField.Publications),
        ("发表论文", PageField.Publications), ("主要论文", PageField.Publications), ("论文发表", PageField.Publications), ("代表性论著", PageField.Publications),
        ("Publications", PageField.Publications), ("Selected Publications", PageField.Publications), ("Recent Publications", PageField.Publications),
        ("Representative Publications", PageField.Publications), ("Journal Articles", PageField.Publications), ("Papers", PageField.Publications),
        ("Recent Papers", PageField.Publications), ("Selected Papers", PageField.Publications), ("Projects", PageField.Publications),
        ("Research Projects", PageField.Publications), ("Grants", PageField.Publications), ("主持项目", PageField.Publications), ("科研项目", PageField.Publications),
        ("Contact", PageField.Email), ("联系方式", PageField.Email),
    ]);

    /// <summary>The field a whole line names, when the line is nothing but a label (a heading, a table cell, a dt).</summary>
    public static PageField? Heading(string line)
    {
        var text = line.Trim().TrimEnd(':', '：').Trim();
        foreach (var (label, field) in All)
            if (string.Equals(text, label, StringComparison.OrdinalIgnoreCase)) return field;
        return null;
    }

    /// <summary>
    /// Every "label: value" in <paramref name="line"/> ("姓名：张伟 职称：教授" holds two). A label counts only at the
    /// start of the line or after a space, and only when a colon follows it.
    /// </summary>
    public static List<(PageField Field, string Value)> Labelled(string line)
    {
        var found = new List<(int Start, int ValueStart, PageField Field)>();
        for (var i = 0; i < line.Length; i++)
        {
            if (i > 0 && !char.IsWhiteSpace(line[i - 1]) && line[i - 1] is not ('|' or '；' or ';' or '，')) continue;
            foreach (var (label, field) in All)
            {
                if (!line.AsSpan(i).StartsWith(label, StringComparison.OrdinalIgnoreCase)) continue;
                var after = i + label.Length;
                while (after < line.Length && line[after] == ' ') after++;
                if (after >= line.Length || line[after] is not (':' or '：')) continue;
                found.Add((i, after + 1, field));
                i = after;
                break;
            }
        }

        var result = new List<(PageField, string)>(found.Count);
        for (var k = 0; k < found.Count; k++)
        {
            var end = k + 1 < found.Count ? found[k + 1].Start : line.Length;
            result.Add((found[k].Field, line[found[k].ValueStart..end].Trim()));
        }

        return result;
    }

    private static (string, PageField)[] Sorted((string, PageField)[] labels) =>
        [.. labels.OrderByDescending(l => l.Item1.Length).ThenBy(l => l.Item1, StringComparer.Ordinal)];
}
