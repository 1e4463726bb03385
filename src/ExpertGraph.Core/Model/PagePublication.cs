namespace ExpertGraph.Core.Model;

/// <summary>One entry of a profile page's publication list: its text as shown, and what could be read from it.</summary>
public sealed record PagePublication(string Text)
{
    /// <summary>The title when the page marks it (ScholarlyArticle name, a quoted or emphasised title).</summary>
    public string? Title { get; init; }
    public int? Year { get; init; }
}
