using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Resolution;

namespace ExpertGraph.Ingestion.Tests.Resolution;

[TestFixture]
public sealed class ResolutionCacheTests
{
    [Test]
    public void AddPerson_HardKey_RememberedAndTheFirstPersonKept()
    {
        var cache = new ResolutionCache();

        Assert.That(cache.AddPerson("orcid:0000-0002-1825-0097", new PersonId(7)), Is.True);
        Assert.That(cache.AddPerson("orcid:0000-0002-1825-0097", new PersonId(8)), Is.False, "known already: nothing to write");
        Assert.That(cache.TryGetPerson("orcid:0000-0002-1825-0097", out var person), Is.True);
        Assert.That(person, Is.EqualTo(new PersonId(7)));
    }

    [Test]
    public void AddPerson_MentionKey_NotRememberedSoTheStoreIsAskedEachTime()
    {
        var cache = new ResolutionCache();

        Assert.That(cache.AddPerson("mention:openalex:W1#0", new PersonId(7)), Is.True);
        Assert.That(cache.TryGetPerson("mention:openalex:W1#0", out _), Is.False);
        Assert.That(cache.AddPerson("mention:openalex:W1#0", new PersonId(7)), Is.True);
    }
}
