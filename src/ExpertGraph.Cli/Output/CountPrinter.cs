using System.Globalization;

namespace ExpertGraph.Cli.Output;

/// <summary>Prints a running count as it is reported, on the reporting thread (Progress&lt;T&gt; would post it later, out of order).</summary>
internal sealed class CountPrinter(TextWriter output, string what) : IProgress<long>
{
    public void Report(long value) => output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{value,12:N0} {what}"));
}
