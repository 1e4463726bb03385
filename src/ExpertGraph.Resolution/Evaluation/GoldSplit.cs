using System.Text;

namespace ExpertGraph.Resolution.Evaluation;

/// <summary>
/// The train / held-out split of the gold sets, by group (a name, a name block): a group is held out when the FNV-1a
/// hash of its folded text is divisible by 3 — about a third of the names, chosen by a rule that knows nothing of the
/// data. Training groups are spread over cross-validation folds by a second hash. Stable across runs and machines.
/// </summary>
public static class GoldSplit
{
    public const int Folds = 3;

    public static bool IsHeldOut(string group) => Hash(group) % 3 == 0;

    public static int FoldOf(string key) => (int)(Hash("cv#" + key) % Folds);

    /// <summary>32-bit FNV-1a over the UTF-8 bytes of the lower-cased (invariant) text.</summary>
    public static uint Hash(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text.ToLowerInvariant()))
        {
            hash ^= b;
            hash *= 16777619u;
        }

        return hash;
    }
}
