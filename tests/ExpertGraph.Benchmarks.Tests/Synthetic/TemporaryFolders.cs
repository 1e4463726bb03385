namespace ExpertGraph.Benchmarks.Tests.Synthetic;

/// <summary>Deletes the corpora the tests wrote (the 10,000-work one is ~50 MB).</summary>
[SetUpFixture]
public sealed class TemporaryFolders
{
    [OneTimeTearDown]
    public void DeleteRunFolder()
    {
        if (Directory.Exists(GeneratedCorpus.RunFolder)) Directory.Delete(GeneratedCorpus.RunFolder, recursive: true);
    }
}
