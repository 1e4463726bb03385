using System.Globalization;
using ExpertGraph.Query.Growth;
using ExpertGraph.Search.Growth;

namespace ExpertGraph.Cli.Output;

/// <summary>Prints growth figures: the backtest (eval growth), trends, flows and a person's timeline.</summary>
internal static partial class GrowthReportWriter
{
    public const string PublishedReference = "published: R² 0.92 for the 5-year h-index on AMiner (Dong et al., as the issue cites it)";

    public static void WriteBacktest(TextWriter writer, GrowthModelInfo info, int cutoff)
    {
        writer.WriteLine(info.Data);
        writer.WriteLine(F($"features at the end of {cutoff}, targets at the end of {info.Year} (horizon {info.Horizon} years), seed {info.Seed}"));
        writer.WriteLine("split: " + info.Split);
        writer.WriteLine();
        writer.WriteLine($"{"target",-8} {"persons",8} {"train",6} {"calib",6} {"held",6} {"grew",5}   {"R²",7} {"MAE",7} {"ρ",6}   {"R² none",7} {"MAE none",8}   {"R² growth",9} {"ρ growth",8}   {"interval",9} {"covers",6}");
        foreach (var t in info.HeldOut)
        {
            if (t.Skipped is not null)
            {
                writer.WriteLine(F($"{t.Target,-8} {t.Persons,8}   no figures: {t.Skipped}"));
                continue;
            }

            writer.WriteLine(F($"{t.Target,-8} {t.Persons,8} {t.TrainingPersons,6} {t.CalibrationPersons,6} {t.HeldOutPersons,6} {t.PersonsThatGrew * 100,4:0}%   {t.Model!.RSquared,7:0.000} {t.Model.MeanAbsoluteError,7:0.00} {t.Model.Spearman,6:0.000}   {t.NoGrowthBaseline!.RSquared,7:0.000} {t.NoGrowthBaseline.MeanAbsoluteError,8:0.00}   {t.Growth!.RSquared,9:0.000} {t.Growth.Spearman,8:0.000}   ±{t.IntervalWidth,8:0.00} {t.IntervalCoverage * 100,5:0}%"));
        }

        writer.WriteLine();
        writer.WriteLine("R², MAE, ρ (Spearman): predicted value at T against the value at T, held-out persons only; \"none\": the value at the cut-off as the prediction;");
        writer.WriteLine("growth: predicted against actual growth over the horizon; interval: ± that holds 90% of the calibration persons, and the share of held-out persons it held.");
        writer.WriteLine(PublishedReference + "; here citation counts are as of harvest, so a past h-index is approximate.");
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
