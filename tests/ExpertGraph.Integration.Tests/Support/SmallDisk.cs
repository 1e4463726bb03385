using System.Diagnostics;

namespace ExpertGraph.Integration.Tests.Support;

/// <summary>
/// A tmpfs of a chosen size mounted on a folder: a real disk that fills up (ENOSPC from the kernel, not an injected
/// exception), and that can be grown in place to give the space back. Needs mount rights (root with CAP_SYS_ADMIN);
/// the test is ignored where mounting is not allowed.
/// </summary>
internal sealed class SmallDisk : IDisposable
{
    private SmallDisk(string mountPoint) => MountPoint = mountPoint;

    public string MountPoint { get; }

    public static SmallDisk Mount(string mountPoint, string size)
    {
        Directory.CreateDirectory(mountPoint);
        var (code, error) = Run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mountPoint);
        if (code != 0) Assert.Ignore($"cannot mount a small tmpfs here ({error.Trim()}): the full-disk test needs mount rights");
        return new SmallDisk(mountPoint);
    }

    /// <summary>Gives the disk more (or less) room; what is on it stays.</summary>
    public void Resize(string size)
    {
        var (code, error) = Run("mount", "-o", "remount,size=" + size, MountPoint);
        Assert.That(code, Is.Zero, "remount: " + error);
    }

    public void Dispose() => Run("umount", MountPoint);

    private static (int Code, string Error) Run(string program, params string[] arguments)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(info)!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, error);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, ex.Message);
        }
    }
}
