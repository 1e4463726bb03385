using ExpertGraph.Core.Model;
using ExpertGraph.Query.Peers;

namespace ExpertGraph.Query;

public sealed partial class Workspace
{
    /// <summary>
    /// A peer finder over the store's current state: its semantic index (<see cref="LoadSemanticIndex"/>), its
    /// collaboration graph (for distances) and the lexicon's labels for shared concepts.
    /// </summary>
    public PeerFinder OpenPeerFinder(TimeProvider time, CancellationToken cancellationToken = default)
    {
        var semantic = LoadSemanticIndex(cancellationToken).Index
            ?? throw new ExpertGraphException("the store holds no works yet: ingest some first");
        var graph = OpenCollaborationNetwork(time, cancellationToken).Graph;
        var lexicon = Lexicon?.Tagger.Lexicon;
        return new PeerFinder(semantic, _store, graph, id => lexicon is not null && lexicon.TryFind(id, out var concept) ? lexicon.Concepts[concept].Label() : null);
    }
}
