using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Ingestion.Vocabularies;

/// <summary>
/// MeSH tree numbers (mesh_descriptor_trees.tsv: DescriptorUI DescriptorName tree_location code cats mesh1 mesh2 tree1
/// tree2): each descriptor's positions, the categories with their names, and which descriptor holds each number.
/// </summary>
internal sealed class MeshTree
{
    private readonly Dictionary<string, string> _holder = new(StringComparer.Ordinal);

    public Dictionary<string, List<string>> Positions { get; } = new(StringComparer.Ordinal);

    /// <summary>Category letter → name, letters in order.</summary>
    public SortedDictionary<string, string> Categories { get; } = new(StringComparer.Ordinal);

    /// <summary>"C04.557.470" has depth 3; "C04" depth 1.</summary>
    public static int Depth(string treeNumber) => treeNumber.Count(c => c == '.') + 1;

    public static MeshTree Read(string path, IReadOnlyDictionary<string, MeshDescriptor> descriptors)
    {
        var tree = new MeshTree();
        var topNames = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (f, line) in TsvRows.Read(path, 9))
        {
            if (f[2].Length == 0 || f[3].Length != 1 || !f[2].StartsWith(f[7], StringComparison.Ordinal))
                throw new LexiconFormatException(path, line, "expected a tree number under its category letter and top tree number");
            tree.Add(f[0], f[2]);
            tree.Categories.TryAdd(f[3], f[4]);
            topNames.TryAdd(f[7], f[5]);
        }

        var byName = descriptors.Values.GroupBy(d => d.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(d => d.Id).ToArray(), StringComparer.Ordinal);
        foreach (var (number, name) in topNames)
        {
            if (!byName.TryGetValue(name, out var ids) || ids.Length != 1)
                throw new LexiconFormatException(path, 0, $"top tree number {number} '{name}' names no single descriptor");
            tree.Add(ids[0], number);
        }

        return tree;
    }

    /// <summary>The lexicon id of the node above a tree position: the category for a top number, else the descriptor holding the number above.</summary>
    public string ParentOf(string treeNumber)
    {
        var dot = treeNumber.LastIndexOf('.');
        if (dot < 0) return MeshCategories.Id(treeNumber[..1]);
        return _holder.TryGetValue(treeNumber[..dot], out var holder) ? "MESH:" + holder : ParentOf(treeNumber[..dot]);
    }

    private void Add(string descriptor, string treeNumber)
    {
        if (!Positions.TryGetValue(descriptor, out var list)) Positions.Add(descriptor, list = []);
        list.Add(treeNumber);
        _holder[treeNumber] = descriptor;
    }
}
