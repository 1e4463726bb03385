namespace ExpertGraph.Ingestion.ProfilePages;

/// <summary>The facts a label on a profile page can introduce.</summary>
internal enum PageField
{
    Name = 1,
    EnglishName,
    Position,
    Institution,
    Department,
    Email,
    Interests,
    Homepage,
    /// <summary>A list of the person's works: publications, and projects they led (主持项目).</summary>
    Publications,
}
