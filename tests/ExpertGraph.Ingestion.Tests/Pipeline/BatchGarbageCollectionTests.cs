using System.Runtime;
using ExpertGraph.Ingestion.Pipeline;

namespace ExpertGraph.Ingestion.Tests.Pipeline;

/// <summary>The collector's batch mode lasts as long as the ingest that asked for it.</summary>
[TestFixture]
[NonParallelizable]
public sealed class BatchGarbageCollectionTests
{
    [Test]
    public void Enter_CollectsInBatchModeUntilDisposed_ThenTheModeBeforeComesBack()
    {
        var before = GCSettings.LatencyMode;
        GCSettings.LatencyMode = GCLatencyMode.Interactive;
        Assume.That(GCSettings.LatencyMode, Is.EqualTo(GCLatencyMode.Interactive), "this process has no background collections to switch off");
        try
        {
            using (BatchGarbageCollection.Enter())
                Assert.That(GCSettings.LatencyMode, Is.EqualTo(GCLatencyMode.Batch));

            Assert.That(GCSettings.LatencyMode, Is.EqualTo(GCLatencyMode.Interactive));
        }
        finally
        {
            GCSettings.LatencyMode = before;
        }
    }
}
