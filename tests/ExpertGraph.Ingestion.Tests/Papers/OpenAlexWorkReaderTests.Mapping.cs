using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Papers;

/// <summary>Field-by-field mapping of works whose values were read off the raw JSON with jq and grep.</summary>
public sealed partial class OpenAlexWorkReaderTests
{
    [Test]
    public void Read_SingleWorkEntity_MapsTitleYearVenueIdsAndCitations()
    {
        var work = SingleWork("entity_fixtures_openalex_python/W2741809807.json");

        Assert.That(work.Key, Is.EqualTo(new SourceKey("openalex", "W2741809807")));
        Assert.That(work.Kind, Is.EqualTo(WorkKind.Paper));
        Assert.That(work.Title, Is.EqualTo("The state of OA: a large-scale analysis of the prevalence and impact of Open Access articles"));
        Assert.That(work.Year, Is.EqualTo(2018));
        Assert.That(work.Venue, Is.EqualTo("PeerJ"));
        Assert.That(work.Language, Is.EqualTo("en"));
        Assert.That(work.CitationCount, Is.EqualTo(962));
        Assert.That(work.Identifiers, Is.EqualTo(new WorkIdentifier[]
        {
            new(IdentifierScheme.OpenAlexId, "W2741809807"),
            new(IdentifierScheme.Doi, "10.7717/peerj.4375"),
            new(IdentifierScheme.Pmid, "29456894"),
            new(IdentifierScheme.Pmcid, "PMC5815332"),
        }));
        Assert.That(work.Keywords, Is.EqualTo(new[] { "Scholarly Communication", "Web of science", "Open Science", "Citation analysis" }));
    }

    [Test]
    public void Read_SingleWorkEntity_MapsTopicsThenConcepts()
    {
        var work = SingleWork("entity_fixtures_openalex_python/W2741809807.json");

        var topics = work.Classifications.Where(c => c.Scheme == "OpenAlexTopic").ToList();
        var concepts = work.Classifications.Where(c => c.Scheme == "OpenAlexConcept").ToList();
        Assert.That(topics.Select(t => t.Code), Is.EqualTo(new[] { "T10102", "T13607", "T11937" }));
        Assert.That(topics[0].Label, Is.EqualTo("scientometrics and bibliometrics research"));
        Assert.That(concepts, Has.Count.EqualTo(19));
        Assert.That(concepts[0], Is.EqualTo(new ClassificationCode("OpenAlexConcept", "C2778805511", "Citation")));
    }

    [Test]
    public void Read_SingleWorkEntity_ReturnsAuthorsInOrderWithOrcidAndInstitutions()
    {
        var work = SingleWork("entity_fixtures_openalex_python/W2741809807.json");

        Assert.That(work.Authors.Select(a => a.RawName), Is.EqualTo(new[]
        {
            "Heather Piwowar", "Jason Priem", "Vincent Larivière", "Juan Pablo Alperín", "Lisa Matthias",
            "Bree Norlander", "Ashley Farley", "Jevin D. West", "Stefanie Haustein",
        }));
        Assert.That(work.Authors.Select(a => a.Position), Is.EqualTo(Enumerable.Range(1, 9)));
        var piwowar = work.Authors[0];
        Assert.That(piwowar.Orcid, Is.EqualTo("0000-0003-1613-5981"));
        Assert.That(piwowar.SourceAuthorId, Is.EqualTo("A5048491430"));
        Assert.That(piwowar.Role, Is.EqualTo(AuthorRole.Author));
        Assert.That(piwowar.Affiliations, Is.EqualTo(new[]
        {
            new AffiliationMention("Impactstory, Sanford, NC, USA")
            {
                Organization = "Impact Technology Development (United States)",
                CountryCode = "US",
                SourceInstitutionId = "I4210166736",
            },
        }));
    }

    [Test]
    public void Read_AuthorWithTwoInstitutions_TiesEachToItsOwnAffiliationString()
    {
        var lariviere = SingleWork("entity_fixtures_openalex_python/W2741809807.json").Authors[2];

        Assert.That(lariviere.Affiliations.Select(a => (a.SourceInstitutionId, a.Organization, a.CountryCode, a.RawText)), Is.EqualTo(new[]
        {
            ("I70931966", "Université de Montréal", "CA",
                "École de bibliothéconomie et des sciences de l’information, Université de Montréal, Montréal, QC, Canada"),
            ("I159129438", "Université du Québec à Montréal", "CA",
                "Observatoire des Sciences et des Technologies (OST), Centre Interuniversitaire de Recherche sur la Science et la Technologie (CIRST), Université du Québec à Montréal, Montréal, QC, Canada"),
        }));
    }

    [Test]
    public void Read_InstitutionWithoutCountry_LeavesCountryCodeEmpty()
    {
        var alperin = SingleWork("entity_fixtures_openalex_python/W2741809807.json").Authors[3];

        Assert.That(alperin.Affiliations[1].Organization, Is.EqualTo("Public Knowledge Project"));
        Assert.That(alperin.Affiliations[1].CountryCode, Is.Null);
        Assert.That(alperin.Affiliations[1].RawText, Is.EqualTo("Public Knowledge Project, Canada"));
    }

    [Test]
    public void Read_SingleWorkEntity_RebuildsAbstractFromInvertedIndex()
    {
        // abstract_inverted_index: "Despite":[0],"growing":[1],"interest":[2],"in":[3,…],"Open":[4,…],"Access":[5],
        // "(OA)":[6],"to":[7,…],"scholarly":[8,…],"literature,":[9],"there":[10] …; 258 positions, the last
        // "OA":[…,254],"policy":[255],"and":[…,256],"practice.":[257].
        var work = SingleWork("entity_fixtures_openalex_python/W2741809807.json");

        Assert.That(work.Abstract, Does.StartWith("Despite growing interest in Open Access (OA) to scholarly literature, there is an unmet need for large-scale, up-to-date, and reproducible studies assessing"));
        Assert.That(work.Abstract, Does.EndWith("OA policy and practice."));
        Assert.That(work.Abstract!.Split(' '), Has.Length.EqualTo(258));
    }

    [Test]
    public void Read_PrettyPrintedLegacyWork_UsesDisplayNameAndRawAffiliation()
    {
        // An older schema: no "title", a host_venue, no "affiliations" linking strings to institutions.
        var work = SingleWork("entity_fixtures_openalex_python/W-api-response.json");

        Assert.That(work.Key.Id, Is.EqualTo("W2755950973"));
        Assert.That(work.Title, Is.EqualTo("GW170104: Observation of a 50-Solar-Mass Binary Black Hole Coalescence at Redshift 0.2"));
        Assert.That(work.Year, Is.EqualTo(2017));
        Assert.That(work.Venue, Is.EqualTo("Physical Review Letters"));
        Assert.That(work.Language, Is.Null);
        Assert.That(work.CitationCount, Is.EqualTo(850));
        Assert.That(work.Identifiers, Does.Contain(new WorkIdentifier(IdentifierScheme.Doi, "10.1103/physrevlett.118.091101")));
        Assert.That(work.Abstract, Does.StartWith("We present the observation of GW170104 a gravitational wave signal produced by the of"));
        var abbott = work.Authors.Single();
        Assert.That((abbott.RawName, abbott.Orcid, abbott.SourceAuthorId), Is.EqualTo(("B. P. Abbott", (string?)null, "A2150889177")));
        Assert.That(abbott.Affiliations.Single(), Is.EqualTo(new AffiliationMention("LIGO Laboratory, California Institute of Technology, Pasadena, CA 91125, USA")
        {
            Organization = "California Institute of Technology",
            CountryCode = "US",
            SourceInstitutionId = "I157725225",
        }));
    }

    [Test]
    public void Read_JsonLinesFirstWork_KeepsRawAffiliationWhenNoInstitutionIsKnown()
    {
        var first = RecordFiles.ReadAll(reader, SharedData.Path($"{Folder}/works_biodiversity_finance_200.jsonl"))[0];

        Assert.That(first.Position, Is.EqualTo(new RecordPosition(1, 1, 0)));
        var work = first.Work!;
        Assert.That((work.Key.Id, work.Title, work.Year, work.Venue, work.CitationCount),
            Is.EqualTo(("W4235089722", "Biodiversity Finance", (int?)2000, "International Affairs", (int?)22)));
        Assert.That(work.Identifiers, Does.Contain(new WorkIdentifier(IdentifierScheme.Doi, "10.1111/1468-2346.00131")));
        Assert.That(work.Keywords.Take(3), Is.EqualTo(new[] { "Convention on Biological Diversity", "Biodiversity", "Business" }));
        Assert.That(work.Classifications.Where(c => c.Scheme == "OpenAlexTopic").Select(c => c.Code), Is.EqualTo(new[] { "T13438", "T10841", "T10319" }));
        var rubino = work.Authors.Single();
        Assert.That((rubino.RawName, rubino.Orcid), Is.EqualTo(("Michael C. Rubino", "0000-0002-6528-1179")));
        Assert.That(rubino.Affiliations, Is.EqualTo(new[] { new AffiliationMention("Palmetto Aquaculture Company") }));
    }

    [Test]
    public void Read_JsonLinesWithPlainAbstract_KeepsTheAbstractText()
    {
        // This export carries "abstract" as plain text (no inverted index): line 1 begins
        // "The 1992 Convention on Biological Diversity (CBD) challenged signatory countries".
        var first = RecordFiles.ReadAll(reader, SharedData.Path($"{Folder}/works_biodiversity_finance_200.jsonl"))[0];

        Assert.That(first.Work!.Abstract, Does.StartWith("The 1992 Convention on Biological Diversity (CBD) challenged signatory countries"));
    }

    [Test]
    public void Read_JsonLinesAuthorWithoutOpenAlexId_KeepsTheNameWithoutSourceId()
    {
        // Line 47: W2242043546, authorships [A5084094406 "Helen Mountford", null "Jan Horst Keppler"].
        var result = RecordFiles.ReadAll(reader, SharedData.Path($"{Folder}/works_biodiversity_finance_200.jsonl"))[46];

        Assert.That(result.Position.Line, Is.EqualTo(47));
        Assert.That(result.Work!.Key.Id, Is.EqualTo("W2242043546"));
        Assert.That(result.Work.Authors.Select(a => (a.RawName, a.SourceAuthorId)), Is.EqualTo(new[]
        {
            ("Helen Mountford", (string?)"A5084094406"),
            ("Jan Horst Keppler", null),
        }));
    }

    [Test]
    public void Read_PageElement_MapsItsPositionIdsAuthorsAndAffiliations()
    {
        // parallel_chunks/chunk_3_page_1.json, results[2] starts at byte 55467 (grep -b) of its single line.
        var result = RecordFiles.ReadAll(reader, SharedData.Path($"{Folder}/parallel_chunks/chunk_3_page_1.json"))[2];

        Assert.That(result.Position, Is.EqualTo(new RecordPosition(3, 1, 55467)));
        var work = result.Work!;
        Assert.That(work.Title, Is.EqualTo("The Millennium Project: the positive health implications of improved environmental sustainability"));
        Assert.That((work.Year, work.Venue, work.CitationCount), Is.EqualTo(((int?)2005, "The Lancet", (int?)17)));
        Assert.That(work.Identifiers, Is.EqualTo(new WorkIdentifier[]
        {
            new(IdentifierScheme.OpenAlexId, "W2012599372"),
            new(IdentifierScheme.Doi, "10.1016/s0140-6736(05)17953-7"),
            new(IdentifierScheme.Pmid, "15721479"),
            new(IdentifierScheme.Pmcid, "PMC7123338"),
        }));
        Assert.That(work.Keywords, Is.EqualTo(new[] { "Millennium Development Goals" }));
        Assert.That(work.Authors.Select(a => a.RawName), Is.EqualTo(new[]
        {
            "Don J. Melnick", "Yolanda Kakabadse Navarro", "Jeffrey A. McNeely", "Guido Schmidt‐Traub", "Robin R. Sears",
        }));
        Assert.That(work.Authors[0].Orcid, Is.Null);
        Assert.That(work.Authors[1].Affiliations, Is.EqualTo(new[] { new AffiliationMention("Fundación Futuro Latinoamericano, PO Box 17 17-558, Quito, Ecuador") }));
        Assert.That(work.Authors[2].Orcid, Is.EqualTo("0000-0002-7683-6467"));
        Assert.That(work.Authors[2].Affiliations.Single().CountryCode, Is.EqualTo("CH"));
        Assert.That(work.Authors[2].Affiliations.Single().Organization, Is.EqualTo("International Union for Conservation of Nature"));
    }

    private Work SingleWork(string file)
    {
        var results = RecordFiles.ReadAll(reader, SharedData.Path($"{Folder}/{file}"));
        Assert.That(results, Has.Count.EqualTo(1));
        Assert.That(results[0].Outcome, Is.EqualTo(ReadOutcome.Record), results[0].Reason);
        return results[0].Work!;
    }
}
