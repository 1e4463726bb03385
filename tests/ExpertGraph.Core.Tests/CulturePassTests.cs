using System.Globalization;

namespace ExpertGraph.Core.Tests;

/// <summary>
/// .ci/run runs the Core, Search and Ingestion tests a second time under a Turkish culture (LANG=tr_TR.UTF-8), where
/// "I".ToLower() is "ı": this proves that pass really ran under it.
/// </summary>
public sealed class CulturePassTests
{
    [Test]
    public void CulturePass_RequestedCulture_IsTheProcessCulture()
    {
        var expected = Environment.GetEnvironmentVariable("EXPERTGRAPH_TEST_CULTURE");
        if (string.IsNullOrEmpty(expected)) Assert.Ignore("runs in the Turkish-culture pass of .ci/run (EXPERTGRAPH_TEST_CULTURE=tr-TR)");

        Assert.That(CultureInfo.CurrentCulture.Name, Is.EqualTo(expected));
        Assert.That("I".ToLower(CultureInfo.CurrentCulture), Is.EqualTo("ı"), "the culture's own casing rules are in force");
    }
}
