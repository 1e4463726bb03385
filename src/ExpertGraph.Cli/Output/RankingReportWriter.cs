using System.Globalization;
using System.Text.Json;
using ExpertGraph.Query.Evaluation;
using ExpertGraph.Search.Evaluation;

namespace ExpertGraph.Cli.Output;

/// <summary>Writes the ranking benchmark's report: percentages as the benchmark's paper gives them, mean ± population std.</summary>
internal static class RankingReportWriter
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static void Write(TextWriter output, RankingBenchmarkReport report, OutputFormat format, bool queries)
    {
        if (format == OutputFormat.Json)
        {
            output.WriteLine(JsonSerializer.Serialize(new
            {
                scorer = report.Scorer,
                semanticDimensions = report.SemanticDimensions,
                works = report.Works,
                persons = report.Persons,
                documentQueries = new
                {
                    count = report.Documents.Count,
                    averagePrecision = report.AveragePrecision,
                    precisionAt10 = report.PrecisionAt10,
                    rocAuc = report.RocAuc,
                    firstRelevantRank = report.FirstRelevantRank,
                },
                topicQueries = new { count = report.TopicQueries.Count, meanAveragePrecision = report.TopicAveragePrecision, precisionAt10 = report.TopicPrecisionAt10 },
                learned = report.Learned.Count == 0 ? null : new { averagePrecision = report.LearnedAveragePrecision, precisionAt10 = report.LearnedPrecisionAt10, rocAuc = report.LearnedRocAuc },
                peers = new { experts = report.Peers.Count, precisionAt10 = report.PeerPrecisionAt10, precisionAt10AnyLevel = report.PeerPrecisionAt10AnyLevel },
                queries = queries ? report.Documents.Concat(report.TopicQueries).Select(q => new { q.Query, topics = q.Topics.Order(StringComparer.Ordinal), q.Metrics }) : null,
            }, Json));
            return;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"expert-finding benchmark: {report.Works} works, {report.Persons} persons; scorer {report.Scorer}, semantic space {(report.SemanticDimensions is { } d ? d + " dimensions" : "off")}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.Documents.Count} document queries (mean ± population std):"));
        output.WriteLine($"  AP       {Percent(report.AveragePrecision)}");
        output.WriteLine($"  P@10     {Percent(report.PrecisionAt10)}");
        output.WriteLine($"  ROC AUC  {Percent(report.RocAuc)}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  first relevant rank  {report.FirstRelevantRank.Mean:0.00} ± {report.FirstRelevantRank.StandardDeviation:0.00}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.TopicQueries.Count} topic names as keyword queries:"));
        output.WriteLine($"  MAP      {Percent(report.TopicAveragePrecision)}");
        output.WriteLine($"  P@10     {Percent(report.TopicPrecisionAt10)}");
        if (report.Learned.Count > 0)
        {
            output.WriteLine("learned scorer (LightGBM LambdaRank), each query scored by a model trained without its topic:");
            output.WriteLine($"  AP       {Percent(report.LearnedAveragePrecision)}");
            output.WriteLine($"  P@10     {Percent(report.LearnedPrecisionAt10)}");
            output.WriteLine($"  ROC AUC  {Percent(report.LearnedRocAuc)}");
        }

        if (report.Peers.Count > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peers of {report.Peers.Count} labelled experts, precision at 10 among the candidates:"));
            output.WriteLine($"  standing matched  {Percent(report.PeerPrecisionAt10)}");
            output.WriteLine($"  any standing      {Percent(report.PeerPrecisionAt10AnyLevel)}");
        }

        if (!queries) return;
        foreach (var query in report.Documents.Concat(report.TopicQueries))
        {
            var m = query.Metrics;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {query.Query,-30} {string.Join(",", query.Topics.Order(StringComparer.Ordinal)),-40} AP {100 * m.AveragePrecision,5:0.0}  P@10 {100 * m.PrecisionAt10,5:0.0}  AUC {100 * m.RocAuc,5:0.0}  first {m.FirstRelevantRank}"));
        }
    }

    private static string Percent(MetricSummary summary) =>
        string.Create(CultureInfo.InvariantCulture, $"{100 * summary.Mean:0.0} ± {100 * summary.StandardDeviation:0.0}");
}
