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
}
