using System.Diagnostics;

namespace ExpertGraph.Integration.Tests.Support;

/// <summary>
/// A program from a Debian package a test needs (pdftoppm from poppler-utils): found on PATH, else the test is ignored
/// naming the package, or fails under CI=true, where .ci/run installs it.
/// </summary>
internal static class DebianTool
{
    public static string Require(string program, string package)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program)).FirstOrDefault(File.Exists);
        if (found is not null) return found;
        var reason = $"needs {program} from Debian's {package} (apt-get install {package}; .ci/run installs it)";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)) Assert.Fail(reason);
        Assert.Ignore(reason);
        return "";
    }

    /// <summary>Runs the program to its end; fails the test with its error output when it does not exit 0.</summary>
    public static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, $"{program} {string.Join(' ', arguments)}: {error.Result}");
    }
}
