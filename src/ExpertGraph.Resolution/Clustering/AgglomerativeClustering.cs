namespace ExpertGraph.Resolution.Clustering;

/// <summary>How the similarity of two clusters follows from their members' pairwise probabilities.</summary>
public enum Linkage
{
    /// <summary>Mean over all member pairs (UPGMA): the default, robust to one misleading pair.</summary>
    Average,

    /// <summary>Best member pair: chains readily.</summary>
    Single,

    /// <summary>Worst member pair: splits readily.</summary>
    Complete,
}

/// <summary>
/// Bottom-up clustering of one block: starting from must-link groups (hard ids), the two most similar clusters merge
/// while their linkage similarity reaches the threshold; clusters holding a cannot-link pair (two mentions of one work,
/// two different ORCIDs) never merge. Ties go to the lowest indices, so the result is deterministic. Each row keeps its
/// best partner, so a block of n mentions usually takes O(n²) time (O(n³) at worst) and O(n²) memory.
/// </summary>
public static class AgglomerativeClustering
{
    /// <param name="count">Number of mentions.</param>
    /// <param name="similarity">Row-major count × count symmetric probabilities; the diagonal is ignored.</param>
    /// <returns>Cluster labels 0..k-1 per mention, numbered by each cluster's first mention.</returns>
    public static int[] Cluster(
        int count,
        float[] similarity,
        Linkage linkage,
        double threshold,
        IEnumerable<(int A, int B)>? cannotLink = null,
        IEnumerable<(int A, int B)>? mustLink = null)
    {
        ArgumentNullException.ThrowIfNull(similarity);
        if (similarity.Length != count * count) throw new ArgumentException($"{count}×{count} similarities expected", nameof(similarity));
        var state = new State(count, similarity);
        foreach (var (a, b) in cannotLink ?? []) state.Forbid(a, b);
        foreach (var (a, b) in mustLink ?? [])
        {
            var (ra, rb) = (state.Root(a), state.Root(b));
            if (ra != rb && !state.Forbidden(ra, rb)) state.Merge(Math.Min(ra, rb), Math.Max(ra, rb), linkage);
        }

        state.InitializeBest();
        while (state.TryBestPair(out var first, out var second, out var value) && value >= threshold)
            state.Merge(first, second, linkage);
        return state.Labels();
    }

    private sealed class State
    {
        private readonly int _n;
        private readonly double[] _sim;
        private readonly bool[] _forbidden;
        private readonly int[] _size;
        private readonly int[] _parent;
        private readonly bool[] _active;
        private readonly int[] _best;
        private bool _tracking;

        public State(int n, float[] similarity)
        {
            _n = n;
            _sim = new double[n * n];
            for (var i = 0; i < _sim.Length; i++) _sim[i] = similarity[i];
            _forbidden = new bool[n * n];
            _size = Enumerable.Repeat(1, n).ToArray();
            _parent = Enumerable.Range(0, n).ToArray();
            _active = Enumerable.Repeat(true, n).ToArray();
            _best = new int[n];
        }

        public void Forbid(int a, int b)
        {
            _forbidden[a * _n + b] = true;
            _forbidden[b * _n + a] = true;
        }

        public bool Forbidden(int a, int b) => _forbidden[a * _n + b];

        public int Root(int i)
        {
            while (_parent[i] != i) i = _parent[i] = _parent[_parent[i]];
            return i;
        }

        /// <summary>Merges cluster <paramref name="b"/> into <paramref name="a"/> (a &lt; b) with the Lance–Williams update.</summary>
        public void Merge(int a, int b, Linkage linkage)
        {
            for (var k = 0; k < _n; k++)
            {
                if (!_active[k] || k == a || k == b) continue;
                var sa = _sim[a * _n + k];
                var sb = _sim[b * _n + k];
                var merged = linkage switch
                {
                    Linkage.Single => Math.Max(sa, sb),
                    Linkage.Complete => Math.Min(sa, sb),
                    _ => (sa * _size[a] + sb * _size[b]) / (_size[a] + _size[b]),
                };
                _sim[a * _n + k] = _sim[k * _n + a] = merged;
                if (_forbidden[b * _n + k]) Forbid(a, k);
            }

            _size[a] += _size[b];
            _active[b] = false;
            _parent[b] = a;
            if (!_tracking) return;
            for (var k = 0; k < _n; k++)
            {
                if (!_active[k]) continue;
                if (k == a || _best[k] == a || _best[k] == b) _best[k] = BestOf(k);
                else if (_best[k] >= 0 && Better(k, a, _best[k])) _best[k] = a;
                else if (_best[k] < 0 && Allowed(k, a)) _best[k] = a;
            }
        }

        public void InitializeBest()
        {
            for (var k = 0; k < _n; k++) _best[k] = _active[k] ? BestOf(k) : -1;
            _tracking = true;
        }

        public bool TryBestPair(out int first, out int second, out double value)
        {
            first = second = -1;
            value = double.NegativeInfinity;
            for (var k = 0; k < _n; k++)
            {
                if (!_active[k] || _best[k] < 0) continue;
                var v = _sim[k * _n + _best[k]];
                var (lo, hi) = (Math.Min(k, _best[k]), Math.Max(k, _best[k]));
                if (v > value || (v == value && (lo < first || (lo == first && hi < second))))
                    (value, first, second) = (v, lo, hi);
            }

            return first >= 0;
        }

        public int[] Labels()
        {
            var labels = new int[_n];
            var numbers = new Dictionary<int, int>();
            for (var i = 0; i < _n; i++)
            {
                var root = Root(i);
                if (!numbers.TryGetValue(root, out var label)) numbers[root] = label = numbers.Count;
                labels[i] = label;
            }

            return labels;
        }

        private bool Allowed(int k, int j) => j != k && _active[j] && !_forbidden[k * _n + j];

        private bool Better(int k, int j, int current) =>
            Allowed(k, j) && (_sim[k * _n + j] > _sim[k * _n + current] || (_sim[k * _n + j] == _sim[k * _n + current] && j < current));

        private int BestOf(int k)
        {
            var best = -1;
            for (var j = 0; j < _n; j++)
            {
                if (!Allowed(k, j)) continue;
                if (best < 0 || _sim[k * _n + j] > _sim[k * _n + best]) best = j;
            }

            return best;
        }
    }
}
