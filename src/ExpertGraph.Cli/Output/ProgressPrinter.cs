using System.Globalization;
using ExpertGraph.Ingestion.Pipeline;

namespace ExpertGraph.Cli.Output;

/// <summary>
/// On a terminal: one progress bar line redrawn in place with records/s. Redirected: plain lines, one per event and at
/// most one count line every two seconds, so logs stay readable and pipeable.
/// </summary>
internal sealed class ProgressPrinter(TextWriter output, bool redirected) : IProgress<IngestionProgress>, IDisposable
{
    private readonly Lock _lock = new();
    private TimeSpan? _lastLine;
    private bool _barShown;

    public void Report(IngestionProgress value)
    {
        lock (_lock)
        {
            if (value.Event is { } message)
            {
                ClearBar();
                output.WriteLine(message);
                output.Flush();
            }

            var interval = redirected ? TimeSpan.FromSeconds(2) : TimeSpan.FromMilliseconds(200);
            if (_lastLine is { } last && value.Elapsed - last < interval) return;
            _lastLine = value.Elapsed;
            var line = string.Create(CultureInfo.InvariantCulture,
                $"{value.RecordsRead,10:N0} records done ({value.RecordsStored:N0} new or changed), {value.RecordsPerSecond,6:N0} records/s, {value.Elapsed:hh\\:mm\\:ss}");
            if (redirected)
            {
                output.WriteLine(line);
            }
            else
            {
                var file = value.CurrentFile is null ? "" : "  " + Path.GetFileName(value.CurrentFile);
                output.Write("\r" + Bar(value.FractionRead) + " " + line + file + "\u001b[K");
                _barShown = true;
            }

            output.Flush();
        }
    }

    private static string Bar(double? fraction)
    {
        const int width = 24;
        if (fraction is not { } f) return "[" + new string('.', width) + "]";
        var filled = (int)Math.Round(f * width);
        return string.Create(CultureInfo.InvariantCulture, $"[{new string('#', filled)}{new string('.', width - filled)}] {f * 100,3:F0}%");
    }

    public void Finish()
    {
        lock (_lock) ClearBar();
    }

    public void Dispose() => Finish();

    private void ClearBar()
    {
        if (!_barShown) return;
        output.Write("\r\u001b[K");
        _barShown = false;
    }
}
