using System.Runtime;

namespace ExpertGraph.Ingestion.Pipeline;

/// <summary>
/// The garbage collector's batch mode for a process whose job is one ingest (the CLI's ingest and harvest commands):
/// no background collections while it lasts. A background collection lets the heap grow while it marks, and an ingest
/// with the model resolver allocates fast over a heap of gigabytes: over 300,000 works of the 1M-work generator the
/// process peaked near 4.0 GB with background collections and 3.0 GB without, in about the same time
/// (benchmarks/RESULTS.md, "Eighth session"). A process that also answers queries (the HTTP API) keeps background
/// collections, whose pauses are shorter. Disposing restores the mode the process had.
/// </summary>
public sealed class BatchGarbageCollection : IDisposable
{
    private readonly GCLatencyMode _before;

    private BatchGarbageCollection()
    {
        _before = GCSettings.LatencyMode;
        GCSettings.LatencyMode = GCLatencyMode.Batch;
    }

    public static BatchGarbageCollection Enter() => new();

    public void Dispose() => GCSettings.LatencyMode = _before;
}
