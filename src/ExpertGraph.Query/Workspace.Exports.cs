using System.IO.Compression;
using ExpertGraph.Query.Exports;

namespace ExpertGraph.Query;

public sealed partial class Workspace
{
    /// <summary>
    /// Writes the graph as neo4j-admin import CSVs with README.txt and import.cypher (docs/exports.md), each file through
    /// <paramref name="create"/> (a file name → a new stream, closed when written).
    /// </summary>
    public Neo4jExport ExportNeo4j(Func<string, Stream> create, CancellationToken cancellationToken, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(create);
        return new Neo4jExporter(_store, LoadPersonFacts(cancellationToken).Facts, Lexicon?.Tagger.Lexicon, Year(clock)).Write(create, cancellationToken);
    }

    /// <summary>The Neo4j export into a folder (created if missing; files of the same names replaced).</summary>
    public Neo4jExport ExportNeo4j(string folder, CancellationToken cancellationToken, TimeProvider? clock = null)
    {
        System.IO.Directory.CreateDirectory(folder);
        return ExportNeo4j(name => new FileStream(Path.Combine(folder, name), FileMode.Create, FileAccess.Write), cancellationToken, clock);
    }

    /// <summary>The Neo4j export as one zip archive written to <paramref name="output"/> (what a download serves).</summary>
    public Neo4jExport ExportNeo4jZip(Stream output, CancellationToken cancellationToken, TimeProvider? clock = null)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        return ExportNeo4j(name => zip.CreateEntry(name, CompressionLevel.Fastest).Open(), cancellationToken, clock);
    }

    /// <summary>Writes the co-authorship network as GraphML (persons with attributes, weighted co-author edges); returns the counts.</summary>
    public (long Nodes, long Edges) ExportGraphMl(Stream output, CancellationToken cancellationToken, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        return new GraphMlExporter(_store, LoadPersonFacts(cancellationToken).Facts, Year(clock)).Write(output, cancellationToken);
    }

    private static int Year(TimeProvider? clock) => (clock ?? TimeProvider.System).GetUtcNow().Year;
}
