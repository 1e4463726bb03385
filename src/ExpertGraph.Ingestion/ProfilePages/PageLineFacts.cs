namespace ExpertGraph.Ingestion.ProfilePages;

/// <summary>
/// Facts from the page's text lines: "label: value" lines ("职称：教授", "Email: li@mit.edu"), a label alone followed by
/// its value (table rows, dt/dd), and sections under a heading ("Research Interests", "代表性论文") read to the next one.
/// </summary>
internal static class PageLineFacts
{
    private const string Labels = "labels";
    private const string Sections = "sections";
    private const int MaxSectionLines = 500;

    public static void Read(IReadOnlyList<PageLine> lines, PageFacts facts)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Text;
            if (PageLabels.Heading(line) is { } heading)
            {
                i = heading is PageField.Interests or PageField.Publications
                    ? ReadSection(lines, i + 1, heading, facts) - 1
                    : ReadNextLineValue(lines, i, heading, facts);
                continue;
            }

            foreach (var (field, value) in PageLabels.Labelled(line))
                Apply(field, value, facts, Labels);
        }
    }

    // "<td>职称</td><td>教授</td>": the label's line alone, its value on the next line.
    private static int ReadNextLineValue(IReadOnlyList<PageLine> lines, int i, PageField field, PageFacts facts)
    {
        if (i + 1 >= lines.Count || PageLabels.Heading(lines[i + 1].Text) is not null || PageLabels.Labelled(lines[i + 1].Text).Count > 0) return i;
        Apply(field, lines[i + 1].Text, facts, Labels);
        return i + 1;
    }

    /// <summary>Reads the lines after a section heading up to the next heading; returns the index of the line that ended it.</summary>
    private static int ReadSection(IReadOnlyList<PageLine> lines, int start, PageField field, PageFacts facts)
    {
        var i = start;
        for (; i < lines.Count && i - start < MaxSectionLines; i++)
        {
            var line = lines[i];
            if (EndsSection(line)) break;
            if (field == PageField.Interests)
            {
                if (line.IsListItem) facts.AddInterest(line.Text, Sections);
                else Apply(PageField.Interests, line.Text, facts, Sections);
            }
            else if (line.IsListItem || LooksLikeReference(line.Text))
            {
                facts.AddPublication(PublicationText.Parse(line.Text), Sections);
            }
        }

        return i;
    }

    private static bool EndsSection(PageLine line) =>
        PageLabels.Heading(line.Text) is not null
        || line.Element?.Closest("footer") is not null
        || line.Element?.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6"
        || (!line.IsListItem && PageLabels.Labelled(line.Text).Count > 0);

    // A paragraph in a publications section that reads like a reference: long enough and dated.
    private static bool LooksLikeReference(string text) => text.Length >= 40 && PublicationText.LastYear(text) is not null;

    private static void Apply(PageField field, string value, PageFacts facts, string method)
    {
        switch (field)
        {
            case PageField.Name:
            case PageField.EnglishName:
                facts.OfferName(value, method);
                break;
            case PageField.Position:
                facts.OfferPosition(value, method);
                break;
            case PageField.Institution:
                facts.OfferInstitution(value, method);
                break;
            case PageField.Department:
                facts.OfferDepartment(value, method);
                break;
            case PageField.Email:
                facts.AddEmail(value, method);
                break;
            case PageField.Interests:
                foreach (var part in value.Split([';', '；', '、', ',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    facts.AddInterest(part, method);
                break;
            case PageField.Homepage:
                if (value.StartsWith("http", StringComparison.OrdinalIgnoreCase) || value.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
                    facts.AddLink(new Core.Model.PageLink("Homepage", value));
                break;
            case PageField.Publications:
                break;
        }
    }
}
