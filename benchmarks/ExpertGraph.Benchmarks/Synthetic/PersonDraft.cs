namespace ExpertGraph.Benchmarks.Synthetic;

/// <summary>The per-person arrays while <see cref="PopulationBuilder"/> fills them.</summary>
internal sealed class PersonDraft(int count)
{
    public int[] GroupOf { get; } = new int[count];

    public double[] Weight { get; } = new double[count];

    public bool[] Transient { get; } = new bool[count];

    public string[] LatinName { get; } = new string[count];

    public string?[] HanziName { get; } = new string?[count];

    public short[] CareerFirst { get; } = new short[count];

    public short[] CareerLast { get; } = new short[count];

    public int[] HomeInstitution { get; } = new int[count];

    public int[] LaterInstitution { get; } = new int[count];

    public short[] MoveYear { get; } = new short[count];

    public bool[] HasOrcid { get; } = new bool[count];
}
