using ExpertGraph.Core.Model;
using ExpertGraph.Query;
using ExpertGraph.Search.Expansion;
using ExpertGraph.Search.Experts;
using ExpertGraph.Search.Ranking;

namespace ExpertGraph.Cli.Commands;

/// <summary>How the commands that search open the index: a missing one is a usage problem, a damaged one a failure.</summary>
internal static class SearcherOpening
{
    /// <summary>The searcher, or null after printing why (then exit 2); a damaged index propagates (exit 1, reported by Program).</summary>
    public static ExpertSearcher? OpenOrExplain(Workspace workspace, ExpansionOptions? expansion = null, IExpertScorer? scorer = null)
    {
        try
        {
            return workspace.OpenSearcher(expansion, scorer);
        }
        catch (ExpertGraphException ex) when (ex is not IndexDamagedException)
        {
            Console.Error.WriteLine("error: " + ex.Message);
            return null;
        }
    }
}
