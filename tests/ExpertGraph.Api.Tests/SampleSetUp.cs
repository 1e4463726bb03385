using ExpertGraph.Api.Tests.Support;

namespace ExpertGraph.Api.Tests;

/// <summary>The sample data, ingested once for the fixtures that only read it (curation tests ingest their own).</summary>
[SetUpFixture]
public sealed class SampleSetUp
{
    private static SampleData? _samples;

    internal static SampleData Samples => _samples ?? throw new InvalidOperationException("the samples were not ingested");

    [OneTimeSetUp]
    public async Task IngestSamples() => _samples = await SampleData.IngestAsync();

    [OneTimeTearDown]
    public void RemoveSamples() => _samples?.Dispose();
}
