namespace ExpertGraph.Benchmarks.Synthetic;

/// <summary>Name counts of one country or region while <see cref="FacultyDirectory"/> reads CSRankings.</summary>
internal sealed class NamePoolTally
{
    public Dictionary<string, int> Given { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Family { get; } = new(StringComparer.Ordinal);

    public int Rows { get; private set; }

    public int ChineseRows { get; private set; }

    public int LatinRows { get; private set; }

    public void Add(string given, string family, bool chinese)
    {
        Rows++;
        if (chinese)
        {
            ChineseRows++;
            return;
        }

        LatinRows++;
        Given[given] = Given.GetValueOrDefault(given) + 1;
        Family[family] = Family.GetValueOrDefault(family) + 1;
    }
}
