using System.Reflection;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Integration.Tests.Support;

/// <summary>
/// A store whose derived tables are "rebuilt" during a graph load, as many times as asked: while rebuilds are left,
/// collaborations come from the old state (none) and the rebuild commits (a new generation) after they were read and
/// before institution spans are, which come from the new state. Everything else is the real store's.
/// </summary>
public class RebuildMidwayStore : DispatchProxy
{
    private IExpertStore _inner = null!;
    private int _rebuildsLeft;
    private bool _oldCollaborationsRead;
    private long _generation = 1;

    public int TornLoads { get; private set; }

    public static IExpertStore Wrap(IExpertStore inner, int rebuilds)
    {
        var proxy = Create<IExpertStore, RebuildMidwayStore>();
        var state = Of(proxy);
        state._inner = inner;
        state._rebuildsLeft = rebuilds;
        return proxy;
    }

    public static RebuildMidwayStore Of(IExpertStore proxy) => (RebuildMidwayStore)(object)proxy;

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        switch (targetMethod.Name)
        {
            case "get_DerivedGeneration":
                return _generation;
            case "ReadCollaborations" when _rebuildsLeft > 0:
                _oldCollaborationsRead = true;
                return Enumerable.Empty<CollaborationRow>();
            case "ReadAffiliationSpans" when _oldCollaborationsRead:
                _oldCollaborationsRead = false;
                _rebuildsLeft--;
                _generation++;
                TornLoads++;
                break;
        }

        return targetMethod.Invoke(_inner, args);
    }
}
