namespace ExpertGraph.Graph.Analysis;

/// <summary>Connected components, numbered from 0 in order of their smallest node; the largest is the first of the largest size.</summary>
public sealed class Components
{
    private readonly int[] _component;
    private readonly int[] _sizes;

    private Components(int[] component, int[] sizes)
    {
        _component = component;
        _sizes = sizes;
        Largest = sizes.Length == 0 ? -1 : Array.IndexOf(sizes, sizes.Max());
    }

    public int Count => _sizes.Length;

    public int Largest { get; }

    public int Of(int node) => _component[node];

    public int SizeOf(int component) => component < 0 ? 0 : _sizes[component];

    public static Components Find(CollaborationGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var component = new int[graph.NodeCount];
        Array.Fill(component, -1);
        var sizes = new List<int>();
        var stack = new Stack<int>();
        for (var start = 0; start < graph.NodeCount; start++)
        {
            if (component[start] >= 0) continue;
            var id = sizes.Count;
            var size = 0;
            component[start] = id;
            stack.Push(start);
            while (stack.TryPop(out var node))
            {
                size++;
                foreach (var neighbor in graph.Neighbors(node))
                {
                    if (component[neighbor] >= 0) continue;
                    component[neighbor] = id;
                    stack.Push(neighbor);
                }
            }

            sizes.Add(size);
        }

        return new Components(component, [.. sizes]);
    }
}
