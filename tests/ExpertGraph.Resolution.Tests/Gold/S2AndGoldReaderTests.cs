using ExpertGraph.Resolution.Gold;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Resolution.Tests.Gold;

public class S2AndGoldReaderTests
{
    private static readonly Lazy<GoldSet> Set = new(() => S2AndGoldReader.Read(SharedData.Path("disambiguation/s2and-qian-sample/tests/qian")));

    private static GoldMention Mention(string signatureId) => Set.Value.Mentions.Single(m => m.Signature.Id == "s2and:qian:" + signatureId);

    [Test]
    public void Read_Qian_AllSignaturesInTheirClustersAndBlocks()
    {
        // SOURCE.txt: 6,542 signatures in 1,188 gold clusters over 606 name blocks.
        Assert.That(Set.Value.Name, Is.EqualTo("s2and/qian"));
        Assert.That(Set.Value.Mentions, Has.Count.EqualTo(6542));
        Assert.That(Set.Value.Mentions.Select(m => m.Person).Distinct().Count(), Is.EqualTo(1188));
        Assert.That(Set.Value.Mentions.Select(m => m.Group).Distinct().Count(), Is.EqualTo(606));
    }

    [Test]
    public void Read_Signature50_EveryField()
    {
        // signatures.json: "signature_id": "50", "paper_id": 52819549, "author_info": {"position": 3, "block": "a gupta",
        // "first": "Ajay", "middle": "K.", "last": "Gupta", "suffix": null, "email": null, "affiliations": ["Old Dominion University"], …
        // clusters.json: "14": {"cluster_id": "14", "signature_ids": ["50", "51", …
        var mention = Mention("50");
        Assert.Multiple(() =>
        {
            Assert.That(mention.Signature.Name, Is.EqualTo("Ajay K. Gupta"));
            Assert.That(mention.Signature.WorkId, Is.EqualTo("52819549"));
            Assert.That(mention.Signature.Affiliations, Is.EqualTo(new[] { "Old Dominion University" }));
            Assert.That(mention.Signature.Email, Is.Null);
            Assert.That(mention.Signature.Coauthors, Is.Empty);
            Assert.That(mention.Person, Is.EqualTo("14"));
            Assert.That(mention.Group, Is.EqualTo("a gupta"));
        });
    }

    [Test]
    public void Read_Signature1440WithoutFirstName_NameIsTheLastName()
    {
        // "signature_id": "1440", "paper_id": 215996951, "author_info": {"position": 3, "block": "zhuhongwei", "first": null,
        // "middle": null, "last": "ZhuHongwei", …, "affiliations": [], …}; clusters.json "295": {… ["1430", …, "1440"]
        var mention = Mention("1440");
        Assert.That(mention.Signature.Name, Is.EqualTo("ZhuHongwei"));
        Assert.That(mention.Signature.Affiliations, Is.Empty);
        Assert.That(mention.Person, Is.EqualTo("295"));
        Assert.That(mention.Group, Is.EqualTo("zhuhongwei"));
    }

    [Test]
    public void Read_Qian_NotesSayPapersAreMissing()
    {
        Assert.That(Set.Value.Notes, Has.Some.StartsWith("papers.json is not in this copy"));
        Assert.That(Set.Value.Notes, Has.Some.StartsWith("0 signatures in no cluster"));
    }

    [Test]
    public void Read_SignatureInNoCluster_CountedNotAMention()
    {
        using var folder = new TempGoldFolder();
        folder.Write("signatures.json",
            """{"a": {"signature_id": "a", "paper_id": 1, "author_info": {"first": "Li", "last": "Wei", "block": "l wei", "affiliations": []}},"""
            + """ "b": {"signature_id": "b", "paper_id": 1, "author_info": {"first": "Bo", "last": "Wu", "block": "b wu", "affiliations": ["X"]}},"""
            + """ "c": {"signature_id": "c", "paper_id": "2", "author_info": {"first": "Li", "middle": null, "last": "Wei", "block": "l wei"}}}""");
        folder.Write("clusters.json", """{"1": {"cluster_id": "1", "signature_ids": ["a", "c"]}}""");
        var set = S2AndGoldReader.Read(folder.Path);
        Assert.That(set.Mentions.Select(m => m.Signature.Id), Is.EqualTo(new[] { $"s2and:{Path.GetFileName(folder.Path)}:a", $"s2and:{Path.GetFileName(folder.Path)}:c" }));
        Assert.That(set.Mentions[0].Signature.Coauthors, Is.EqualTo(new[] { "Bo Wu" }), "b is on paper 1 with a");
        Assert.That(set.Mentions[1].Signature.WorkId, Is.EqualTo("2"));
        Assert.That(set.Notes, Has.Some.StartsWith("1 signatures in no cluster"));
        Assert.That(set.Notes, Has.Some.EqualTo("signatures.json: signature b is in no cluster: quarantined"));
    }

    [Test]
    public void Read_BrokenJson_ErrorNamesFileLineAndPosition()
    {
        using var folder = new TempGoldFolder();
        var file = folder.Write("signatures.json", "{\n\"a\": {\"signature_id\": \"a\",\n \"paper_id\": [1]}}");
        folder.Write("clusters.json", "{}");
        var e = Assert.Throws<GoldFormatException>(() => S2AndGoldReader.Read(folder.Path));
        Assert.That(e!.Message, Does.StartWith(file + ":3:"));
        Assert.That(e.Message, Does.Contain("$.a.paper_id"));
    }
}
