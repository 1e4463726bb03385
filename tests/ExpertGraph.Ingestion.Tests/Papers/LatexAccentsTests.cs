using ExpertGraph.Ingestion.Papers;

namespace ExpertGraph.Ingestion.Tests.Papers;

[TestFixture]
public sealed class LatexAccentsTests
{
    [TestCase(@"C. Bal\'azs", "C. Balázs")]                 // arXiv 0704.0001 "authors"
    [TestCase(@"Franz G\""ahler", "Franz Gähler")]          // 0704.0163
    [TestCase(@"Universit\""at Stuttgart", "Universität Stuttgart")]
    [TestCase(@"\v{S}ebek", "Šebek")]
    [TestCase(@"Fran\c{c}ois", "François")]
    [TestCase(@"{\o}stergaard", "østergaard")]
    [TestCase(@"Bj\o rn", "Bjørn")]
    [TestCase(@"Gau\ss", "Gauß")]
    [TestCase(@"Ma{\l}gorzata", "Małgorzata")]
    [TestCase(@"Garc\'{\i}a", "García")]
    [TestCase(@"{\'E}mile", "Émile")]
    [TestCase(@"Erd\H{o}s", "Erdős")]
    [TestCase("Plain Name", "Plain Name")]
    [TestCase(null, null)]
    public void Decode_AccentCommands_BecomeLetters(string? latex, string? expected) =>
        Assert.That(LatexAccents.Decode(latex), Is.EqualTo(expected));
}
