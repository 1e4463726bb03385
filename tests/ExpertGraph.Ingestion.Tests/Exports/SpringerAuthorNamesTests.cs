using ExpertGraph.Ingestion.Exports;

namespace ExpertGraph.Ingestion.Tests.Exports;

public sealed class SpringerAuthorNamesTests
{
    [TestCase("John SmithJane Doe", new[] { "John Smith", "Jane Doe" })]
    [TestCase("Simon McIntosh-SmithTom Deakin", new[] { "Simon McIntosh-Smith", "Tom Deakin" })]
    [TestCase("Ian MacDonaldAnn FitzGerald", new[] { "Ian MacDonald", "Ann FitzGerald" })]
    [TestCase("Sourav DeJohn Smith", new[] { "Sourav De", "John Smith" })]
    [TestCase("John Smith Jr.Jane Doe", new[] { "John Smith Jr.", "Jane Doe" })]
    [TestCase("Prof. Dr. Janusz KacprzykDr. Ilia Valov", new[] { "Janusz Kacprzyk", "Ilia Valov" })]
    [TestCase("", new string[0])]
    public void Split_RunTogetherNames_OneNamePerAuthor(string authors, string[] expected)
    {
        Assert.That(SpringerAuthorNames.Split(authors), Is.EqualTo(expected));
    }
}
