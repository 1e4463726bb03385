using ExpertGraph.Core.Names;
using ExpertGraph.Ingestion.Resolution;

namespace ExpertGraph.Ingestion.Tests.Resolution;

[TestFixture]
public sealed class MentionBlockKeyTests
{
    private static readonly Lazy<PersonNameKeys> Names = new(() => PersonNameKeys.Load());

    [TestCase("Zhang Wei", "zhang|w")]
    [TestCase("Wei Zhang", "zhang|w")]
    [TestCase("ZHANG W.", "zhang|w")]
    [TestCase("张伟", "zhang|w")]
    [TestCase("Jevin D. West", "west|j")]
    [TestCase("Vincent Larivière", "lariviere|v")]
    public void Of_PersonalName_IsItsBlockingKey(string rawName, string expected) =>
        Assert.That(MentionBlockKey.Of(Names.Value, rawName), Is.EqualTo(expected));

    [TestCase("")]
    [TestCase("   ")]
    public void Of_NoName_IsNull(string rawName) =>
        Assert.That(MentionBlockKey.Of(Names.Value, rawName), Is.Null);

    // The cache answers as MentionBlockKey does ("" for no name), also once it is full and starts over.
    [Test]
    public void BlockKeyCache_SmallerThanTheNamesItSees_AnswersAsTheParserEveryTime()
    {
        var cache = new BlockKeyCache(Names.Value, capacity: 2);
        string[] names = ["Zhang Wei", "张伟", "", "Jevin D. West", "Zhang Wei", "ZHANG W.", "", "Vincent Larivière", "张伟"];

        var keys = names.Select(cache.Of).ToList();

        Assert.That(keys, Is.EqualTo(names.Select(n => MentionBlockKey.Of(Names.Value, n) ?? "")));
        Assert.That(keys, Is.EqualTo(new[] { "zhang|w", "zhang|w", "", "west|j", "zhang|w", "zhang|w", "", "lariviere|v", "zhang|w" }));
    }
}
