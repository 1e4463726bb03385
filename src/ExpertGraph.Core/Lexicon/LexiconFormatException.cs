using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Lexicon;

/// <summary>A lexicon file that cannot be read: the message names the file and line.</summary>
public sealed class LexiconFormatException(string file, int line, string problem)
    : ExpertGraphException($"{file}:{line}: {problem}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
}
