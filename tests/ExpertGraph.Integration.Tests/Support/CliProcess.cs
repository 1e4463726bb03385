using System.Diagnostics;
using System.Text;

namespace ExpertGraph.Integration.Tests.Support;

/// <summary>Runs the real `expertgraph` CLI as a child process, with its output captured line by line.</summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _standardOutput = new();
    private readonly List<TimedLine> _lines = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _lock = new();

    private CliProcess(Process process) => _process = process;

    public static string CliPath => Path.Combine(AppContext.BaseDirectory, "expertgraph.dll");

    /// <summary>Raised for every line the CLI writes to standard output.</summary>
    public event Action<string>? LineWritten;

    public int ProcessId => _process.Id;

    public string Output
    {
        get { lock (_lock) return _output.ToString(); }
    }

    /// <summary>Standard output alone: what a caller parses (standard error's notes arrive through their own pipe, in no set order).</summary>
    public string StandardOutput
    {
        get { lock (_lock) return _standardOutput.ToString(); }
    }

    /// <summary>Every line written so far, with when it arrived (from the start of the process).</summary>
    public IReadOnlyList<TimedLine> Lines
    {
        get { lock (_lock) return [.. _lines]; }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static CliProcess Start(params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(CliPath);
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var cli = new CliProcess(process);
        process.OutputDataReceived += (_, e) => cli.Append(e.Data, standardOutput: true);
        process.ErrorDataReceived += (_, e) => cli.Append(e.Data, standardOutput: false);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return cli;
    }

    /// <summary>Runs to the end and returns the exit code and everything written.</summary>
    public static (int ExitCode, string Output) Run(params string[] arguments)
    {
        var (exitCode, _, output) = RunSeparately(arguments);
        return (exitCode, output);
    }

    /// <summary>Runs to the end and returns the exit code, standard output alone, and everything written.</summary>
    public static (int ExitCode, string StandardOutput, string Output) RunSeparately(params string[] arguments)
    {
        using var cli = Start(arguments);
        if (!cli._process.WaitForExit(TimeSpan.FromMinutes(5))) throw new TimeoutException("expertgraph " + string.Join(' ', arguments));
        cli._process.WaitForExit();
        return (cli._process.ExitCode, cli.StandardOutput, cli.Output);
    }

    public void Kill() => _process.Kill(entireProcessTree: true);

    /// <summary>The first line that <paramref name="matches"/>, once written; null when the process ended (or the time ran out) first.</summary>
    public string? WaitForLine(Func<string, bool> matches, TimeSpan timeout)
    {
        string? matched = null;
        using var seen = new ManualResetEventSlim();
        void Watch(string written)
        {
            if (matched is null && matches(written))
            {
                matched = written;
                seen.Set();
            }
        }

        LineWritten += Watch;
        try
        {
            // Lines written before the handler was attached are in Lines already.
            if (Lines.FirstOrDefault(l => matches(l.Text)) is { } early) Watch(early.Text);
            var waited = Stopwatch.StartNew();
            while (!seen.Wait(20))
            {
                if (waited.Elapsed > timeout) return null;
                if (!_process.HasExited) continue;
                _process.WaitForExit(); // the last lines may still be on their way through the pipe
                return Lines.FirstOrDefault(l => matches(l.Text))?.Text;
            }

            return matched;
        }
        finally
        {
            LineWritten -= Watch;
        }
    }

    /// <summary>
    /// Waits for the first line that <paramref name="matches"/>, then <paramref name="delay"/>, then kills the process
    /// with SIGKILL. Returns that line, or null when the process ended on its own before the kill.
    /// </summary>
    public string? KillAfter(Func<string, bool> matches, TimeSpan delay, TimeSpan timeout)
    {
        if (WaitForLine(matches, timeout) is not { } matched) return null;
        if (delay > TimeSpan.Zero) Thread.Sleep(delay);
        if (_process.HasExited) return null;
        Kill(); // SIGKILL: no finally blocks, no flush, no dispose.
        _process.WaitForExit();
        // The summary is written last: a process that wrote it had finished its work before the kill.
        return Output.Contains("records: read", StringComparison.Ordinal) ? null : matched;
    }

    public bool WaitForExit(TimeSpan timeout) => _process.WaitForExit(timeout);

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    private void Append(string? line, bool standardOutput)
    {
        if (line is null) return;
        lock (_lock)
        {
            if (standardOutput) _standardOutput.AppendLine(line);
            _output.AppendLine(line);
            _lines.Add(new TimedLine(_clock.Elapsed, line));
        }

        LineWritten?.Invoke(line);
    }
}
