using System.Text;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Storage.Tests;

[TestFixture]
public sealed class WorkTagsJsonTests
{
    [Test]
    public void Encode_SortsByIdKeepsTheLastOfARepeatedIdAndWritesTheFloatsDouble()
    {
        var text = Encoding.UTF8.GetString(WorkTagsJson.Encode(
        [
            new WorkConcept("MESH:D004562", 0.4f, true), new WorkConcept("ACM:10010455", 0.25f, false), new WorkConcept("ACM:10010455", 0.5f, true),
        ]));

        Assert.That(text, Is.EqualTo("""[["ACM:10010455",0.5,1],["MESH:D004562",0.4000000059604645,1]]"""));
    }

    [Test]
    public void Decode_OfEncode_GivesTheSameTagsEvenForIdsThatNeedEscaping()
    {
        WorkConcept[] tags = [new("CN:\u4eba\u5de5\u667a\u80fd", 1f, true), new("Q:\"quoted\"\\", 0.3f, false), new("A:1", 0.1f, true)];

        var decoded = WorkTagsJson.Decode(WorkTagsJson.Encode(tags));

        Assert.That(decoded, Is.EquivalentTo(tags));
        Assert.That(decoded.Select(t => t.Weight), Is.EquivalentTo(tags.Select(t => t.Weight)), "weights exact to the float");
    }

    [Test]
    public void Decode_OfPostgresJsonAgg_ReadsTheSameTags()
    {
        // PostgreSQL's json_agg(json_build_array(...))::text: spaces after commas, the double's shortest text.
        var decoded = WorkTagsJson.Decode("""[["A:1", 0.4000000059604645, 1], ["B:2", 0.25, 0]]"""u8);

        Assert.That(decoded, Is.EqualTo(new[] { new WorkConcept("A:1", 0.4f, true), new WorkConcept("B:2", 0.25f, false) }));
    }

    [TestCase("{}", "does not start with an array")]
    [TestCase("""[["A:1",0.5]]""", "without a matched flag")]
    [TestCase("""[["A:1",0.5,1,2]]""", "more than three values")]
    [TestCase("""[[1,0.5,1]]""", "not [id, weight, matched]")]
    public void Decode_Malformed_SaysWhatIsWrong(string json, string message)
    {
        Assert.That(() => WorkTagsJson.Decode(Encoding.UTF8.GetBytes(json)), Throws.InstanceOf<InvalidDataException>().With.Message.Contains(message));
    }
}
