using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Pipeline;
using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Query;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Integration.Tests.Growth;

/// <summary>`show --timeline` on a real person of samples/openalex, every value read off the file by hand.</summary>
public sealed class PersonTimelineTests
{
    [Test]
    public async Task GetTimeline_ClemTisdell_WorksCitationsHIndexAndInstitutionsYearByYear()
    {
        using var temp = new TempDataFolder();
        using var workspace = Workspace.Open(new DataDirectory(temp.Sub("data")));
        await workspace.IngestAsync([RepositoryPaths.Path("samples/openalex/works_biodiversity_finance_200.jsonl")], new IngestionOptions(), null, CancellationToken.None);
        var tisdell = FindTisdell(workspace);

        var timeline = workspace.GetTimeline(tisdell);

        // His works in the file: 1999 (cited 34, at Cheltenham Festivals), 2000 (cited 4, Cheltenham Festivals), 2008
        // (cited 104, University of Queensland, with one co-author, Hemanath Swarna Nantha).
        var years = timeline.Years.ToDictionary(y => y.Year);
        Assert.That(years.Keys.Min(), Is.EqualTo(1999));
        Assert.That((years[1999].Works, years[1999].TotalWorks, years[1999].Citations, years[1999].HIndex), Is.EqualTo((1, 1, 34L, 1)));
        Assert.That((years[2000].Works, years[2000].TotalWorks, years[2000].Citations, years[2000].HIndex), Is.EqualTo((1, 2, 38L, 2)));
        Assert.That((years[2005].Works, years[2005].TotalWorks, years[2005].Institution), Is.EqualTo((0, 2, "Cheltenham Festivals")));
        Assert.That((years[2008].Works, years[2008].TotalWorks, years[2008].Citations, years[2008].HIndex), Is.EqualTo((1, 3, 142L, 3)));
        Assert.That((years[2008].NewCoauthors, years[2008].Coauthors, years[2008].CountryCode), Is.EqualTo((1, 1, "AU")));
        Assert.That(timeline.Affiliations.Select(a => (a.Name, a.FirstYear, a.LastYear)), Is.EquivalentTo(new (string, int?, int?)[]
        {
            ("University of Queensland", 2008, 2008),
            ("Cheltenham Festivals", 1999, 2000),
        }));
        Assert.That(timeline.CitationNote, Does.Contain("3 of 3 dated works carry a count"));
    }

    private static PersonId FindTisdell(Workspace workspace) =>
        workspace.FindPersons("Clem Tisdell", 5).Single(p => p.Person.DisplayName == "Clem Tisdell").Person.Id;
}
