using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Search.Semantic;

/// <summary>
/// Builds the semantic index from the store: fits the space on every n-th work (at most
/// <see cref="SemanticSpaceOptions.MaxFitWorks"/>), then projects every work and sums persons. Two streamed reads of the
/// works' words and persons (<see cref="IExpertStore.ReadWorkTexts"/>); held in memory: the fitted works' term counts, one byte vector per work and one float vector per person.
/// </summary>
public static class SemanticIndexBuilder
{
    public static SemanticIndex Build(IExpertStore store, SemanticSpaceOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var works = store.Count().Works;
        var stride = Math.Max(1, (long)Math.Ceiling(works / (double)options.MaxFitWorks));
        var space = SemanticSpace.Fit(
            store.ReadWorkTexts(cancellationToken).Where((_, i) => i % stride == 0).Select(work => work.Text),
            options,
            cancellationToken);
        return Project(space, store.ReadWorkTexts(cancellationToken), cancellationToken);
    }

    /// <summary>Places every work and person of <paramref name="works"/> in <paramref name="space"/>.</summary>
    public static SemanticIndex Project(SemanticSpace space, IEnumerable<WorkText> works, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(works);
        var d = space.Dimensions;
        var workIds = new List<long>();
        var workVectors = new List<sbyte>();
        var persons = new Dictionary<long, (float[] Sum, int Works)>();
        // Works are projected on every core and summed in id order, as one loop would (the same bits either way).
        foreach (var (work, vector) in OrderedParallelMap.Map(works, work => (work, space.Project(work.Text)), cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            // A work with no term in the vocabulary has no place in the space, but still counts among its authors' works.
            if (vector is not null)
            {
                workIds.Add(work.Id.Value);
                foreach (var value in vector) workVectors.Add(SemanticIndex.Quantize(value));
            }

            foreach (var person in work.Persons.Distinct())
            {
                if (!persons.TryGetValue(person.Value, out var entry)) entry = (new float[d], 0);
                // × 1 is exact: the same sums as adding the vector.
                if (vector is not null) Vectors.AddScaled(entry.Sum, vector, 1);
                persons[person.Value] = (entry.Sum, entry.Works + 1);
            }
        }

        var personIds = persons.Keys.Order().ToArray();
        var personVectors = new sbyte[personIds.Length * d];
        var counts = new int[personIds.Length];
        for (var row = 0; row < personIds.Length; row++)
        {
            var (sum, count) = persons[personIds[row]];
            Vectors.Normalize(sum);
            for (var i = 0; i < d; i++) personVectors[(row * d) + i] = SemanticIndex.Quantize(sum[i]);
            counts[row] = count;
        }

        return new SemanticIndex(space, [.. workIds], [.. workVectors], personIds, personVectors, counts);
    }
}
