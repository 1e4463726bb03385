using ExpertGraph.Search.Growth;

namespace ExpertGraph.Search.Tests.Growth;

/// <summary>
/// Three persons written by hand. P1: 2010 at A (10 citations), 2011 at A (5, with P2), 2012 at B twice (3; 0 with P3),
/// 2014 at B (1). P2: 2011 at A (with P1). P3: 2012 at B (with P1), 2016 at C. A is in the US, B in China, C in Germany.
/// P1 and P2 are of field F1, P3 of F2.
/// </summary>
internal static class SmallHistory
{
    public static readonly CareerHistoryBuilder.Institution A = new(1, "Alpha University", "US");
    public static readonly CareerHistoryBuilder.Institution B = new(2, "Beta Institute", "CN");
    public static readonly CareerHistoryBuilder.Institution C = new(3, "Gamma Lab", "DE");

    public static CareerHistory Build() => new CareerHistoryBuilder()
        .AddPerson(1, field: "F1").AddPerson(2, field: "F1").AddPerson(3, field: "F2")
        .AddWork(1, 2010, 10, A, 101)
        .AddWork(1, 2011, 5, A, 102).AddWork(2, 2011, 5, A, 102)
        .AddWork(1, 2012, 3, B, 103)
        .AddWork(1, 2012, 0, B, 104).AddWork(3, 2012, 0, B, 104)
        .AddWork(1, 2014, null, B, 105)
        .AddWork(3, 2016, 7, C, 106)
        .Build();
}
