using System.Diagnostics;
using System.Text;

namespace ExpertGraph.Integration.Tests.Support;

/// <summary>Runs the real `expertgraph` CLI as a child process, with its output captured line by line.</summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
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
        process.OutputDataReceived += (_, e) => cli.Append(e.Data);
        process.ErrorDataReceived += (_, e) => cli.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return cli;
    }

    /// <summary>Runs to the end and returns the exit code and everything written.</summary>
    public static (int ExitCode, string Output) Run(params string[] arguments)
    {
        using var cli = Start(arguments);
        if (!cli._process.WaitForExit(TimeSpan.FromMinutes(5))) throw new TimeoutException("expertgraph " + string.Join(' ', arguments));
        cli._process.WaitForExit();
        return (cli._process.ExitCode, cli.Output);
    }

    public void Kill() => _process.Kill(entireProcessTree: true);

    public bool WaitForExit(TimeSpan timeout) => _process.WaitForExit(timeout);

    /// <summary>The exit code, once <see cref="WaitForExit"/> returned true.</summary>
    public int ExitCode => _process.ExitCode;

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_lock) _output.AppendLine(line);
        LineWritten?.Invoke(line);
    }
}
