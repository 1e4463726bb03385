using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Integration.Tests.Support;

/// <summary>
/// A real multi-format input that takes a few seconds to ingest: samples/ (DBLP, OpenAlex pages and lines with works
/// repeated across files, USPTO grants), eight NSFC grant tables and the go-uspto test documents (applications and
/// grants of several DTD versions, one record quarantined). About 2,600 records in 35 files.
/// </summary>
internal static class MixedInputs
{
    public static string[] All() =>
    [
        RepositoryPaths.Path("samples"),
        SharedData.Path("records/nsfc-china-grants/19_21/C01"),
        SharedData.Path("records/uspto-patent-xml/go-uspto-test-data"),
    ];
}
