using ExpertGraph.Ingestion.Normalization;
using ExpertGraph.Ingestion.Pipeline;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Integration.Tests.Support;

/// <summary>
/// How many authors each work has in its source records, read from the input files themselves (the same readers and
/// normalizer as the pipeline, no store): what a reader of the store may see for a work. A work whose records in
/// several files differ may legitimately show any of their counts.
/// </summary>
internal static class SourceAuthorCounts
{
    /// <summary>Source key ("source:id") → the author counts of its records.</summary>
    public static IReadOnlyDictionary<string, HashSet<int>> Read(IEnumerable<string> inputs)
    {
        var detector = new FormatDetector(RecordReaders.CreateDefault());
        var normalizer = new WorkNormalizer(new CountryResolver());
        var counts = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var input in InputFiles.Expand(inputs))
        {
            if (detector.TryDetect(input.Path) is not { } reader) continue;
            using var opened = RecordInput.Open(input.Path);
            var stream = opened.Stream;
            foreach (var result in reader.Read(stream, input.Path))
            {
                if (result.Outcome != ReadOutcome.Record || normalizer.Normalize(result.Work!, out _) is not { } work) continue;
                var key = work.Key.ToString();
                if (!counts.TryGetValue(key, out var set)) counts[key] = set = [];
                set.Add(work.Authors.Count);
            }
        }

        return counts;
    }
}
