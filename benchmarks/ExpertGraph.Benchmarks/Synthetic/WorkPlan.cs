namespace ExpertGraph.Benchmarks.Synthetic;

/// <summary>One work's content before it is written; reused from work to work so writing allocates little.</summary>
internal sealed class WorkPlan
{
    public int Index { get; set; }

    public int Year { get; set; }

    public int Month { get; set; }

    public int Day { get; set; }

    /// <summary>Persons in author order: first author first, the group's most productive member last.</summary>
    public List<int> Team { get; } = new(capacity: 32);

    public bool InChinese { get; set; }

    public int Group { get; set; }

    public List<int> Topics { get; } = new(capacity: 3);

    public string Title { get; set; } = "";

    public List<KeywordPhrase> Keywords { get; } = new(capacity: 8);

    public List<double> KeywordScores { get; } = new(capacity: 8);

    /// <summary>Abstract words in order; empty when the work has no abstract.</summary>
    public List<string> AbstractWords { get; } = new(capacity: 64);

    public int Venue { get; set; }

    public bool HasDoi { get; set; }

    public int CitedBy { get; set; }

    public void Clear()
    {
        Team.Clear();
        Topics.Clear();
        Keywords.Clear();
        KeywordScores.Clear();
        AbstractWords.Clear();
        Title = "";
    }
}
