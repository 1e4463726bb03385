using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace ExpertGraph.Core.Lexicon;

/// <summary>
/// The lexicon in memory: concepts numbered 0..n-1 in id order, their parents and children by number, and their
/// terms. Immutable and thread-safe once built. Parent ids that name no concept are an error of the files.
/// </summary>
public sealed class Lexicon
{
    private readonly FrozenDictionary<string, int> _byId;
    private readonly int[][] _parents;
    private readonly int[][] _children;
    private readonly LexiconTerm[][] _terms;
    // WeighAtLevel's shares by (level, decay), each concept's worked out on first use: fields are read for every person.
    private readonly ConcurrentDictionary<(int Level, double Decay), (int Concept, double Factor)[]?[]> _shares = new();

    public Lexicon(LexiconData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Concepts = [.. data.Concepts.OrderBy(c => c.Id, StringComparer.Ordinal)];
        var byId = new Dictionary<string, int>(Concepts.Count, StringComparer.Ordinal);
        for (var i = 0; i < Concepts.Count; i++)
        {
            if (!byId.TryAdd(Concepts[i].Id, i))
                throw new ArgumentException($"concept {Concepts[i].Id} appears twice", nameof(data));
        }

        _byId = byId.ToFrozenDictionary(StringComparer.Ordinal);
        _parents = new int[Concepts.Count][];
        var children = new List<int>?[Concepts.Count];
        for (var i = 0; i < Concepts.Count; i++)
        {
            var parents = new int[Concepts[i].ParentIds.Count];
            for (var p = 0; p < parents.Length; p++)
            {
                var parentId = Concepts[i].ParentIds[p];
                if (!_byId.TryGetValue(parentId, out parents[p]))
                    throw new ArgumentException($"concept {Concepts[i].Id} names parent {parentId}, which is not in the lexicon", nameof(data));
                (children[parents[p]] ??= []).Add(i);
            }

            _parents[i] = parents;
        }

        _children = [.. children.Select(list => list is null ? [] : list.ToArray())];
        var terms = new List<LexiconTerm>?[Concepts.Count];
        foreach (var term in data.Terms)
        {
            if (!_byId.TryGetValue(term.ConceptId, out var concept))
                throw new ArgumentException($"term '{term.Text}' names concept {term.ConceptId}, which is not in the lexicon", nameof(data));
            (terms[concept] ??= []).Add(term);
        }

        _terms = [.. terms.Select(list => list is null ? [] : list.OrderBy(t => t.Kind).ThenByDescending(t => t.Weight).ToArray())];
        TermCount = data.Terms.Count;
        Alignments = data.Alignments;
    }

    public IReadOnlyList<Concept> Concepts { get; }
    public IReadOnlyList<ConceptAlignment> Alignments { get; }
    public int TermCount { get; }

    public bool TryFind(string id, out int concept) => _byId.TryGetValue(id, out concept);

    public ReadOnlySpan<int> Parents(int concept) => _parents[concept];
    public ReadOnlySpan<int> Children(int concept) => _children[concept];
    public IReadOnlyList<LexiconTerm> Terms(int concept) => _terms[concept];

    /// <summary>Every ancestor once with its distance in parent steps (nearest first); the concept itself is not included.</summary>
    public IReadOnlyList<(int Concept, int Distance)> Ancestors(int concept)
    {
        var seen = new HashSet<int> { concept };
        var result = new List<(int, int)>();
        var frontier = new List<int> { concept };
        for (var distance = 1; frontier.Count > 0; distance++)
        {
            var next = new List<int>();
            foreach (var node in frontier)
            {
                foreach (var parent in _parents[node])
                {
                    if (!seen.Add(parent)) continue;
                    result.Add((parent, distance));
                    next.Add(parent);
                }
            }

            frontier = next;
        }

        return result;
    }

    /// <summary>
    /// A concept profile read at one level: a concept of the level gets its own weight plus, from each profile concept
    /// beneath it, that weight × <paramref name="decay"/>^distance, as work tags give ancestors theirs — a concept named
    /// outright outweighs the generic words (Cost, Habitat) that reach a field through long MeSH and ACM chains. A concept
    /// with two ancestors at the level (MeSH and ACM are poly-hierarchies) gives to both; one above the level or unknown to
    /// this lexicon (a tag of an earlier one) gives nothing. Keys are concept indexes.
    /// </summary>
    public Dictionary<int, double> WeighAtLevel(IEnumerable<(string ConceptId, double Weight)> profile, int level, double decay = ConceptTagger.DefaultAncestorDecay)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var shares = _shares.GetOrAdd((level, decay), _ => new (int, double)[]?[Concepts.Count]);
        var weights = new Dictionary<int, double>();
        foreach (var (id, weight) in profile)
        {
            if (!TryFind(id, out var concept)) continue;
            // Racing threads fill a concept's entry with equal arrays: either one may stay.
            foreach (var (target, factor) in shares[concept] ??= SharesAtLevel(concept, level, decay))
                weights[target] = weights.GetValueOrDefault(target) + (weight * factor);
        }

        return weights;
    }

    /// <summary>
    /// What a concept gives at a level in <see cref="WeighAtLevel"/>: to itself (factor 1, which multiplies exactly) when it is
    /// of the level, else to each ancestor of the level, in <see cref="Ancestors"/> order, decay^distance; nothing from above.
    /// </summary>
    private (int Concept, double Factor)[] SharesAtLevel(int concept, int level, double decay)
    {
        if (Concepts[concept].Level < level) return [];
        if (Concepts[concept].Level == level) return [(concept, 1.0)];
        return [.. Ancestors(concept).Where(a => Concepts[a.Concept].Level == level).Select(a => (a.Concept, Math.Pow(decay, a.Distance)))];
    }

    /// <summary>Descendants down to <paramref name="depth"/> child steps, each once with its distance (nearest first).</summary>
    public IReadOnlyList<(int Concept, int Distance)> Descendants(int concept, int depth)
    {
        var seen = new HashSet<int> { concept };
        var result = new List<(int, int)>();
        var frontier = new List<int> { concept };
        for (var distance = 1; distance <= depth && frontier.Count > 0; distance++)
        {
            var next = new List<int>();
            foreach (var node in frontier)
            {
                foreach (var child in _children[node])
                {
                    if (!seen.Add(child)) continue;
                    result.Add((child, distance));
                    next.Add(child);
                }
            }

            frontier = next;
        }

        return result;
    }
}
