using ExpertGraph.Search.Growth;

namespace ExpertGraph.Search.Tests.Growth;

/// <summary>
/// The venue mix features on a hand-made history. Field F: P1 wrote in A (2006, 0 citations), B (2006, 1), no venue
/// (2007, 5) and A again in 2010, after the cut-off; P2 in A (2005, 30), C (2006, 3) and C (2007, no count). P3, of no
/// field, wrote in B (2006, 50). At the cut-off 2008 field F's venues average A (0 + 30) / 2 = 15, B 1, C 3: median 3,
/// so only A is above it; B's 50 citations from P3 belong to another field and do not lift B in F.
/// </summary>
[TestFixture]
public sealed class VenueMixTests
{
    private const int A = 0;
    private const int B = 1;
    private const int C = 2;

    private static readonly CareerHistory History = new CareerHistoryBuilder()
        .AddPerson(1, field: "F").AddPerson(2, field: "F").AddPerson(3)
        .AddWork(1, 2006, 0, venue: A).AddWork(1, 2006, 1, venue: B).AddWork(1, 2007, 5).AddWork(1, 2010, 100, venue: A)
        .AddWork(2, 2005, 30, venue: A).AddWork(2, 2006, 3, venue: C).AddWork(2, 2007, null, venue: C)
        .AddWork(3, 2006, 50, venue: B)
        .Build();

    private static float Feature(float[]?[] features, long person, string name) =>
        features[History.RowOf(person)]![GrowthFeatures.Names.ToList().IndexOf(name)];

    [Test]
    public void Names_AsManyAsTheCountTheModelsAreBuiltFor() =>
        Assert.That(GrowthFeatures.Names, Has.Count.EqualTo(GrowthFeatures.Count));

    [Test]
    public void TopVenues_AtTheCutoff_OnlyTheVenuesAboveTheirFieldsMedian()
    {
        var f = History.Data.PersonFields[History.RowOf(1)];

        Assert.That(GrowthFeatures.TopVenues(History, 2008), Is.EquivalentTo(new[] { (f, A) }));
    }

    [TestCase(1, 2, 0.5f)] // A and B; A of the two is above the median
    [TestCase(2, 2, 1 / 3f)] // A, C, C
    [TestCase(3, 1, 0f)] // B, alone in its field: not above its own median
    public void VenueFeatures_AtTheCutoff_CountVenuesAndTheShareInTopVenues(long person, int venues, float share)
    {
        var features = GrowthFeatures.At(History, 2008);

        Assert.That((Feature(features, person, "venues"), Feature(features, person, "top_venue_share")), Is.EqualTo(((float)venues, share)));
    }

    [Test]
    public void VenueFeatures_BeforeTheLaterWorks_ReadNothingLater()
    {
        // At 2005 only P2's paper in A exists: A is the field's one venue, not above its own median; P1 has no work yet.
        var features = GrowthFeatures.At(History, 2005);

        Assert.Multiple(() =>
        {
            Assert.That(features[History.RowOf(1)], Is.Null);
            Assert.That(Feature(features, 2, "venues"), Is.EqualTo(1));
            Assert.That(Feature(features, 2, "top_venue_share"), Is.Zero);
        });
    }
}
