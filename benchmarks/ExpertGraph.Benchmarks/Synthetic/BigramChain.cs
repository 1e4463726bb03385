namespace ExpertGraph.Benchmarks.Synthetic;

/// <summary>
/// Word bigrams of real text. Walking them yields new text whose word frequencies and word pairs are those of the
/// source, which is what the full-text index and the lexicon tagger see; the sentences need not make sense.
/// </summary>
internal sealed class BigramChain
{
    private const int End = -1;

    private readonly string[] _tokens;
    private readonly int[][] _successors;
    private readonly int[] _starts;

    private BigramChain(string[] tokens, int[][] successors, int[] starts)
    {
        _tokens = tokens;
        _successors = successors;
        _starts = starts;
    }

    public static BigramChain Build(IEnumerable<string> texts, out IReadOnlyList<int[]> tokenizedTexts)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var successors = new List<List<int>>();
        var starts = new List<int>();
        var tokenized = new List<int[]>();
        foreach (var text in texts)
        {
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                tokenized.Add([]);
                continue;
            }

            var ids = new int[words.Length];
            for (var i = 0; i < words.Length; i++)
            {
                if (!index.TryGetValue(words[i], out ids[i]))
                {
                    ids[i] = index[words[i]] = index.Count;
                    successors.Add([]);
                }

                if (i > 0) successors[ids[i - 1]].Add(ids[i]);
            }

            successors[ids[^1]].Add(End);
            starts.Add(ids[0]);
            tokenized.Add(ids);
        }

        if (starts.Count == 0) throw new ArgumentException("no text to learn word pairs from", nameof(texts));
        tokenizedTexts = tokenized;
        var tokens = new string[index.Count];
        foreach (var (token, id) in index) tokens[id] = token;
        return new BigramChain(tokens, [.. successors.Select(list => list.ToArray())], [.. starts]);
    }

    public static BigramChain Build(IEnumerable<string> texts) => Build(texts, out _);

    public int RandomStart(Random random) => _starts[random.Next(_starts.Length)];

    /// <summary>Appends at least <paramref name="minWords"/> and at most <paramref name="maxWords"/> words, starting at a token.</summary>
    public void Walk(Random random, int start, int minWords, int maxWords, List<string> output)
    {
        var current = start;
        for (var written = 0; written < maxWords; written++)
        {
            output.Add(_tokens[current]);
            var choices = _successors[current];
            var next = choices[random.Next(choices.Length)];
            if (next == End)
            {
                if (written + 1 >= minWords) return;
                next = RandomStart(random);
            }

            current = next;
        }
    }
}
