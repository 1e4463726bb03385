using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Ingestion.LexiconMining;

/// <summary>
/// One definition (a short form with its long form, or a zh–en pair) gathered over every work that gives it: the
/// spellings seen and the distinct works. Texts that differ only in case or width are the same definition.
/// </summary>
internal sealed class MinedDefinition(TermKind kind, TermLanguage language)
{
    private readonly Dictionary<string, int> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _pairs = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _works = new(StringComparer.Ordinal);

    public TermKind Kind { get; } = kind;
    public TermLanguage Language { get; } = language;

    /// <summary>The spelling seen most often (the ordinally first on a tie).</summary>
    public string Text => MostSeen(_texts);
    public string Pair => MostSeen(_pairs);
    public IReadOnlyCollection<string> Works => _works;

    public void Add(MinedObservation observation)
    {
        _texts[observation.Text] = _texts.GetValueOrDefault(observation.Text) + 1;
        _pairs[observation.Pair] = _pairs.GetValueOrDefault(observation.Pair) + 1;
        _works.Add(observation.Work);
    }

    private static string MostSeen(Dictionary<string, int> seen) =>
        seen.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key;
}
