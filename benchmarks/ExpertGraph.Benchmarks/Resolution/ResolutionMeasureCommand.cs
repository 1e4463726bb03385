using System.Diagnostics;
using System.Globalization;
using ExpertGraph.Core.Lexicon;
using ExpertGraph.Core.Names;
using ExpertGraph.Ingestion.Papers;
using ExpertGraph.Resolution;
using ExpertGraph.Resolution.Clustering;
using ExpertGraph.Resolution.Evaluation;
using ExpertGraph.Resolution.Features;
using ExpertGraph.Resolution.Model;

namespace ExpertGraph.Benchmarks.Resolution;

/// <summary>
/// <c>resolution-measure &lt;corpus folder&gt; &lt;max works&gt; [max block]</c>: batch resolution of a synthetic OpenAlex corpus
/// (benchmarks/scale.sh writes one) with the shipped model, beside the first-cut rule (the same full name at the same
/// institution) as the peer. The corpus's author ids are the truth: they are withheld from the resolver and used to
/// score it (B-cubed). Prints mentions/s of profiling and of clustering, the block sizes, and what was too big to
/// cluster from scratch (blocks over max block, default 3,000 mentions, are left as single mentions and counted).
/// </summary>
internal static class ResolutionMeasureCommand
{
    public static int Run(string[] args)
    {
        var folder = args[0];
        var maxWorks = int.Parse(args[1], CultureInfo.InvariantCulture);
        var maxBlock = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3000;
        var clock = Stopwatch.StartNew();
        var reader = new OpenAlexWorkReader();
        var signatures = new List<MentionSignature>();
        var truth = new List<string>();
        var works = 0;
        foreach (var file in Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(file);
            foreach (var result in reader.Read(stream, file))
            {
                if (result.Work is not { } work) continue;
                var withIds = MentionSignatures.Of(work);
                var withheld = MentionSignatures.Of(work, sourceAuthorIds: false);
                for (var i = 0; i < withIds.Count; i++)
                {
                    signatures.Add(withheld[i]);
                    truth.Add(withIds[i].SourceAuthorId ?? withIds[i].Id);
                }

                if (++works >= maxWorks) break;
            }

            if (works >= maxWorks) break;
        }

        var readSeconds = clock.Elapsed.TotalSeconds;
        var lexicon = LexiconLocation.Resolve();
        var profiler = new MentionProfiler(PersonNameKeys.Load(lexicon), LexiconLoader.Load(lexicon));
        clock.Restart();
        var profiles = signatures.AsParallel().AsOrdered().Select(profiler.Profile).ToArray();
        var profileSeconds = clock.Elapsed.TotalSeconds;
        var statistics = CorpusStatistics.Of(profiles);
        var blocks = Enumerable.Range(0, profiles.Length).GroupBy(i => profiles[i].BlockingKey.Length > 0 ? profiles[i].BlockingKey : "#" + i)
            .Select(g => g.ToArray()).OrderByDescending(b => b.Length).ToList();
        var sizes = blocks.Select(b => b.Length).ToList();

        var model = ResolutionModel.Load();
        var clusterer = model.Clusterer();
        var predicted = new string[profiles.Length];
        var skipped = blocks.Where(b => b.Length > maxBlock).ToList();
        foreach (var block in skipped)
        {
            foreach (var i in block) predicted[i] = "skipped#" + i;
        }

        clock.Restart();
        var clustered = blocks.Where(b => b.Length <= maxBlock).ToList();
        var labels = clustered.AsParallel().Select(b => (Block: b, Labels: clusterer.Cluster(b.Select(i => profiles[i]).ToList(), statistics))).ToList();
        var clusterSeconds = clock.Elapsed.TotalSeconds;
        foreach (var (block, blockLabels) in labels)
        {
            for (var k = 0; k < block.Length; k++) predicted[block[k]] = block[0].ToString(CultureInfo.InvariantCulture) + ":" + blockLabels[k].ToString(CultureInfo.InvariantCulture);
        }

        clock.Restart();
        var exact = profiles.Select((p, i) => (p.FullKey ?? p.BlockingKey + "#" + i) + "@" + (p.Institution ?? "#" + i)).ToList();
        var exactSeconds = clock.Elapsed.TotalSeconds;
        var model3 = ClusteringMetrics.Score(truth, predicted);
        var peer = ClusteringMetrics.Score(truth, exact);
        var clusteredMentions = clustered.Sum(b => b.Length);
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            works {works}, mentions {profiles.Length}, true persons {truth.Distinct(StringComparer.Ordinal).Count()}, read in {readSeconds:0.0} s
            blocks {blocks.Count}: largest {string.Join(", ", sizes.Take(5))}; 99th percentile {sizes[(int)(sizes.Count * 0.01)]}; over {maxBlock}: {skipped.Count} blocks, {skipped.Sum(b => b.Length)} mentions (left as single mentions)
            profiling: {profileSeconds:0.0} s, {profiles.Length / profileSeconds:0} mentions/s
            clustering (model, both stages): {clusterSeconds:0.0} s for {clusteredMentions} mentions, {clusteredMentions / clusterSeconds:0} mentions/s
            model   B3 P {model3.BCubed.Precision:0.0000} R {model3.BCubed.Recall:0.0000} F1 {model3.BCubed.F1:0.0000}; pairwise F1 {model3.Pairwise.F1:0.0000}; persons {model3.PredictedPersons}
            peer (same full name at same institution) B3 P {peer.BCubed.Precision:0.0000} R {peer.BCubed.Recall:0.0000} F1 {peer.BCubed.F1:0.0000}; pairwise F1 {peer.Pairwise.F1:0.0000}; persons {peer.PredictedPersons}; {exactSeconds:0.00} s
            """));
        return 0;
    }
}
