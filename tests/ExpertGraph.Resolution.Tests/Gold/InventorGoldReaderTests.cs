using ExpertGraph.Resolution.Gold;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Resolution.Tests.Gold;

public class InventorGoldReaderTests
{
    private static GoldSet Read(string stem) =>
        InventorGoldReader.Read(SharedData.Path($"disambiguation/patentsview-inventor-benchmarks/{stem}.csv"));

    // SOURCES.md / SOURCE.txt: ens 10,595/1,821; israeli 9,156/3,845; harvard 1,991/818; lai-2011 1,321/95; patentsview-2021 94/67.
    [TestCase("ens-inventors", 10595, 1821)]
    [TestCase("israeli-inventors-benchmark", 9156, 3845)]
    [TestCase("harvard-inventors-benchmark", 1991, 818)]
    [TestCase("lai-2011-benchmark", 1321, 95)]
    [TestCase("patentsview-inventors-benchmark", 94, 67)]
    public void Read_RealFile_MentionAndPersonCounts(string stem, int mentions, int persons)
    {
        var set = Read(stem);
        Assert.That(set.Name, Is.EqualTo("patentsview/" + stem));
        Assert.That(set.Mentions, Has.Count.EqualTo(mentions));
        Assert.That(set.Mentions.Select(m => m.Person).Distinct().Count(), Is.EqualTo(persons));
    }

    [Test]
    public void Read_Binette_NoNameColumns_EmptySetWithReason()
    {
        // binette-2022-inventors-benchmark.csv line 1: mention_id,unique_id (13,467 rows, SOURCE.txt)
        var set = Read("binette-2022-inventors-benchmark");
        Assert.That(set.Mentions, Is.Empty);
        Assert.That(set.Notes.Single(), Does.StartWith("cannot be evaluated").And.Contain("13,467 mentions").And.Contain("no patent records"));
    }

    [Test]
    public void Read_HarvardUS5712011_EveryFieldAndCoinventors()
    {
        // harvard-inventors-benchmark.csv lines 2-4:
        // US5712011-2,277,Wilson C.,Hayes / US5712011-0,488,Thomas A.,McMahon / US5712011-1,587,Stephen N.,Robinovitch
        var mention = Read("harvard-inventors-benchmark").Mentions.Single(m => m.Signature.Id == "patentsview/harvard-inventors-benchmark:US5712011-0");
        Assert.Multiple(() =>
        {
            Assert.That(mention.Signature.Name, Is.EqualTo("Thomas A. McMahon"));
            Assert.That(mention.Signature.WorkId, Is.EqualTo("US5712011"));
            Assert.That(mention.Signature.Coauthors, Is.EquivalentTo(new[] { "Wilson C. Hayes", "Stephen N. Robinovitch" }));
            Assert.That(mention.Person, Is.EqualTo("488"));
            Assert.That(mention.Group, Is.EqualTo("mcmahon|t"));
        });
    }

    [Test]
    [SetCulture("tr-TR")]
    public void Read_QuotedSuffixAndDiacritics_GroupFoldedUnderTurkishCulture()
    {
        // ens-inventors.csv:203 US7601083-1,182,Jared J.,"Smalley, Jr."  and :3636 US7252698-1,1313,Gabriella,Métraux
        // israeli-inventors-benchmark.csv:287 US4001591-0,8423,Dan,Inbar  (capital I must fold to i, not dotless ı)
        var ens = Read("ens-inventors").Mentions;
        var smalley = ens.Single(m => m.Signature.Id.EndsWith(":US7601083-1", StringComparison.Ordinal));
        Assert.That(smalley.Signature.Name, Is.EqualTo("Jared J. Smalley, Jr."));
        Assert.That(smalley.Group, Is.EqualTo("smalley|j"));
        Assert.That(ens.Single(m => m.Signature.Id.EndsWith(":US7252698-1", StringComparison.Ordinal)).Group, Is.EqualTo("metraux|g"));
        var inbar = Read("israeli-inventors-benchmark").Mentions.Single(m => m.Signature.Id.EndsWith(":US4001591-0", StringComparison.Ordinal));
        Assert.That(inbar.Group, Is.EqualTo("inbar|d"));
    }

    [Test]
    public void Read_EmptyNames_KeptAndCounted()
    {
        // israeli-inventors-benchmark.csv:2 US3858246-0,11797,,   (146 rows have both names empty: grep -c ',,$')
        var set = Read("israeli-inventors-benchmark");
        var mention = set.Mentions.Single(m => m.Signature.Id.EndsWith(":US3858246-0", StringComparison.Ordinal));
        Assert.That(mention.Signature.Name, Is.Empty);
        Assert.That(mention.Person, Is.EqualTo("11797"));
        Assert.That(set.Notes, Has.Some.StartsWith("146 mentions have empty first and last names"));
    }

    [Test]
    public void Read_BadRows_QuarantinedWithLine()
    {
        using var folder = new TempGoldFolder();
        var file = folder.Write("tiny.csv",
            "mention_id,unique_id,name_first,name_last\nUS1-0,1,Ann,Lee\nUS1-1,2,Bo\nUSX,3,Cy,Ng\nUS1-0,1,Ann,Lee\nUS2-0,\"4\"x,Di,Ho\nUS3-0,5,\"Ed\nEd\",Ma\n");
        var set = InventorGoldReader.Read(file);
        Assert.That(set.Mentions.Select(m => m.Signature.WorkId), Is.EqualTo(new[] { "US1", "US3" }));
        Assert.That(set.Mentions[1].Signature.Name, Is.EqualTo("Ed\nEd Ma"));
        Assert.That(set.Notes, Has.Some.EqualTo("tiny.csv:3: 3 fields, the header has 4: quarantined"));
        Assert.That(set.Notes, Has.Some.EqualTo("tiny.csv:4: mention_id \"USX\" is not <patent>-<sequence>: quarantined"));
        Assert.That(set.Notes, Has.Some.EqualTo("tiny.csv:5: mention_id US1-0 repeats line 2: quarantined"));
        Assert.That(set.Notes, Has.Some.StartsWith("tiny.csv:6: text after the closing quote of field 2"));
    }
}
