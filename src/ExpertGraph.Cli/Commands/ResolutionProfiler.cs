using ExpertGraph.Core.Lexicon;
using ExpertGraph.Core.Names;
using ExpertGraph.Resolution.Features;

namespace ExpertGraph.Cli.Commands;

/// <summary>The mention profiler the resolution commands use: name keys and the concept tagger from the lexicon (--lexicon).</summary>
internal static class ResolutionProfiler
{
    public static MentionProfiler Create(string? lexiconFolder)
    {
        var folder = LexiconLocation.Resolve(lexiconFolder);
        return new MentionProfiler(PersonNameKeys.Load(folder), LexiconLoader.Load(folder));
    }
}
