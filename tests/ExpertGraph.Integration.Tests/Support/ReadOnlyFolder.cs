using System.Diagnostics;
using System.Runtime.Versioning;

namespace ExpertGraph.Integration.Tests.Support;

/// <summary>
/// Makes a folder tree read-only for this process until disposed. chmod does not stop root (the tests run as root in
/// the build containers), so as root the tree is made immutable with chattr +i, which root obeys too; the test is
/// ignored where neither works (a file system without attributes).
/// </summary>
[UnsupportedOSPlatform("windows")]
internal sealed class ReadOnlyFolder : IDisposable
{
    private readonly string _root;
    private readonly bool _immutable;

    private ReadOnlyFolder(string root, bool immutable)
    {
        _root = root;
        _immutable = immutable;
    }

    public static ReadOnlyFolder Make(string root)
    {
        if (Environment.UserName != "root")
        {
            foreach (var entry in Entries(root)) File.SetUnixFileMode(entry, File.GetUnixFileMode(entry) & ~(UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite));
            return new ReadOnlyFolder(root, immutable: false);
        }

        if (Chattr("-R", "+i", root) != 0) Assert.Ignore($"running as root, and chattr +i does not work on {root}: cannot make a folder read-only for root");
        return new ReadOnlyFolder(root, immutable: true);
    }

    public void Dispose()
    {
        if (_immutable)
        {
            Chattr("-R", "-i", _root);
            return;
        }

        foreach (var entry in Entries(_root)) File.SetUnixFileMode(entry, File.GetUnixFileMode(entry) | UnixFileMode.UserWrite);
    }

    private static IEnumerable<string> Entries(string root) => [root, .. Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)];

    private static int Chattr(params string[] arguments)
    {
        var info = new ProcessStartInfo("chattr") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(info)!;
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1; // no chattr on this machine
        }
    }
}
