using ExpertGraph.Ingestion.Pipeline;
using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Query;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Api.Tests.Support;

/// <summary>
/// samples/openalex and samples/profile-pages ingested into a temporary data folder: the OpenAlex records of the
/// biodiversity-finance and payments-for-environmental-services literature, and the hand-written profile pages of
/// three of their authors, two of which give an e-mail address.
/// </summary>
internal sealed class SampleData : IDisposable
{
    private readonly TempDataFolder _temp;

    private SampleData(TempDataFolder temp, string data)
    {
        _temp = temp;
        Data = data;
    }

    public string Data { get; }

    public DataDirectory Directory => new(Data);

    public static async Task<SampleData> IngestAsync()
    {
        var temp = new TempDataFolder("eg-api-");
        var data = temp.Sub("data");
        using var workspace = Workspace.Open(new DataDirectory(data));
        var summary = await workspace.IngestAsync(
            [RepositoryPaths.Path("samples/openalex"), RepositoryPaths.Path("samples/profile-pages")], new IngestionOptions(), null, CancellationToken.None);
        Assert.That(summary.ProfilePages.Matched, Is.EqualTo(3), "the sample pages of Tisdell, Drechsler and Pagiola match their persons");
        return new SampleData(temp, data);
    }

    public void Dispose() => _temp.Dispose();
}
