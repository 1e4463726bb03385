using ExpertGraph.Core.Model;

namespace ExpertGraph.Resolution.Gold;

/// <summary>
/// A gold-standard file that cannot be read as a whole (broken XML, a missing companion file, an unreadable JSON): the
/// message names the file and, where there is one, the line and position. Single bad records are not exceptions: they
/// are quarantined into <see cref="GoldSet.Notes"/>.
/// </summary>
public sealed class GoldFormatException : ExpertGraphException
{
    public GoldFormatException(string file, string problem)
        : base($"{file}: {problem}") => File = file;

    public GoldFormatException(string file, long line, long position, string problem, Exception? innerException = null)
        : base($"{file}:{line}:{position}: {problem}", innerException!)
    {
        File = file;
        Line = line;
        Position = position;
    }

    public string File { get; }

    /// <summary>1-based line of the problem, or 0 when it concerns the file as a whole.</summary>
    public long Line { get; }

    /// <summary>1-based character position in <see cref="Line"/>, or 0 when unknown.</summary>
    public long Position { get; }
}
