using System.Text;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Ingestion.Medline;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Ingestion.Tests.Papers;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Medline;

/// <summary>PMC Open Access JATS articles (.nxml): one work per file, from the front matter.</summary>
public sealed class PmcJatsReaderTests
{
    private readonly PmcJatsReader reader = new();

    // Authors counted with grep -o '<contrib [^>]*contrib-type="author"' per file (editors are contrib-type="editor").
    [TestCase("1471-2180-11-174.nxml", "PMC3166277", 2)]
    [TestCase("1472-6831-8-11.nxml", "PMC2329613", 4)]
    [TestCase("6605965a.nxml", "PMC2994229", 46)]
    [TestCase("ehp-116-1694.nxml", "PMC2599765", 4)]
    [TestCase("mds526.nxml", "PMC3574550", 7)]
    [TestCase("pntd.0002065.nxml", "PMC3585041", 6)]
    [TestCase("pone.0000217.nxml", "PMC1790863", 4)]
    [TestCase("pone.0046493.nxml", "PMC3460867", 9)]
    public void Read_RealArticle_IsOneWorkKeyedByItsPmcid(string file, string pmcid, int authors)
    {
        var result = MedlineFiles.ReadAll(reader, MedlineFiles.JatsFolder + file).Single();

        Assert.That(result.Outcome, Is.EqualTo(ReadOutcome.Record), result.Reason);
        Assert.That(result.Work!.Key, Is.EqualTo(new SourceKey("pmc", pmcid)));
        Assert.That(result.Work.Authors, Has.Count.EqualTo(authors));
        Assert.That(result.Work.Abstract, Is.Not.Null);
        Assert.That(result.Work.Language, Is.EqualTo("en"));
    }

    [Test]
    public void Read_BmcArticle_MapsIdsTitleAffiliationsAndEmails()
    {
        var work = MedlineFiles.ReadAll(reader, MedlineFiles.JatsFolder + "1471-2180-11-174.nxml").Single().Work!;

        // "Factors influencing lysis time stochasticity in bacteriophage &#x003bb;"
        Assert.That(work.Title, Is.EqualTo("Factors influencing lysis time stochasticity in bacteriophage λ"));
        Assert.That(work.Identifiers, Is.EqualTo(new[]
        {
            new WorkIdentifier(IdentifierScheme.Pmcid, "PMC3166277"),
            new WorkIdentifier(IdentifierScheme.Pmid, "21810267"),
            new WorkIdentifier(IdentifierScheme.Doi, "10.1186/1471-2180-11-174"),
        }));
        Assert.That(work.Year, Is.EqualTo(2011));
        Assert.That(work.Venue, Is.EqualTo("BMC Microbiology"));
        Assert.That(work.Abstract, Does.StartWith("Background: Despite identical genotypes and seemingly uniform environments"));
        var (dennehy, wang) = (work.Authors[0], work.Authors[1]);
        Assert.That(dennehy.Name, Is.EqualTo(new PersonName("Dennehy", "John J", NameScript.Latin)));
        Assert.That(dennehy.RawName, Is.EqualTo("John J Dennehy"));
        Assert.That(dennehy.Email, Is.EqualTo("john.dennehy@qc.cuny.edu"));
        // xref rid="I1" and rid="I2"; the aff's <label>1</label> is not part of its text.
        Assert.That(dennehy.Affiliations.Select(a => a.RawText), Is.EqualTo(new[]
        {
            "Department of Biological Sciences, University at Albany, 1400 Washington Avenue, Albany, NY 12222, USA",
            "Biology Department, Queens College, and the Graduate Center of the City University of New York, Flushing, NY 11367, USA",
        }));
        Assert.That(wang.Name, Is.EqualTo(new PersonName("Wang", "Ing-Nang", NameScript.Latin)));
        Assert.That(wang.Position, Is.EqualTo(2));
        Assert.That(wang.Email, Is.EqualTo("ingnang@albany.edu"));
        Assert.That(wang.Affiliations.Select(a => a.RawText), Is.EqualTo(new[] { "Department of Biological Sciences, University at Albany, 1400 Washington Avenue, Albany, NY 12222, USA" }));
    }

    [Test]
    public void Read_AnnalsOfOncology_TakesTheIssueYearTaggedInstitutionsKeywordsAndTheCorrespondingEmail()
    {
        var work = MedlineFiles.ReadAll(reader, MedlineFiles.JatsFolder + "mds526.nxml").Single().Work!;

        // pub-date ppub 2013 (issue), epub 2012: the issue's year, as PubMed's PubDate.
        Assert.That(work.Year, Is.EqualTo(2013));
        Assert.That(work.Venue, Is.EqualTo("Annals of Oncology"));
        Assert.That(work.Keywords, Is.EqualTo(new[] { "cancer", "demographic", "diagnosis", "inequalities", "socio-economic", "stage" }));
        Assert.That(work.Abstract, Does.StartWith("Background: Understanding socio-demographic inequalities in stage at diagnosis"));
        var first = work.Authors[0];
        Assert.That(first.Name, Is.EqualTo(new PersonName("Lyratzopoulos", "G.", NameScript.Latin)));
        // xref ref-type="corresp" rid="mds526_cor1" → the one email in that corresp.
        Assert.That(first.Email, Is.EqualTo("gl290@medschl.cam.ac.uk"));
        Assert.That(work.Authors[1].Email, Is.Null);
        var cambridge = first.Affiliations.Single();
        Assert.That(cambridge.RawText, Is.EqualTo("Cambridge Centre for Health Services Research, Institute of Public Health, University of Cambridge, Cambridge"));
        Assert.That(cambridge.Organization, Is.EqualTo("University of Cambridge"));
        var registry = work.Authors[2].Affiliations.Single();
        Assert.That(registry.RawText, Is.EqualTo("Eastern Cancer Registration and Information Centre, Cambridge, UK"));
        Assert.That(registry.Organization, Is.EqualTo("Eastern Cancer Registration and Information Centre"));
        // <country>UK</country> has no country="GB" attribute: the normalizer infers the code from the text.
        Assert.That(registry.CountryCode, Is.Null);
        Assert.That(work.Authors[6].Affiliations.Select(a => a.Organization), Is.EqualTo(new[] { "University of Cambridge", "Eastern Cancer Registration and Information Centre" }));
    }

    [Test]
    public void Read_PlosNtdArticle_LeavesTheEditorOutAndTakesTheAbstractNotTheAuthorSummary()
    {
        var work = MedlineFiles.ReadAll(reader, MedlineFiles.JatsFolder + "pntd.0002065.nxml").Single().Work!;

        Assert.That(work.Title, Is.EqualTo("Serological Evidence of Rift Valley Fever Virus Circulation in Sheep and Goats in Zambézia Province, Mozambique"));
        Assert.That(work.Abstract, Does.StartWith("Rift Valley fever (RVF) is endemic in most parts of Africa"));
        Assert.That(work.Abstract, Does.Not.Contain("Author Summary"));
        Assert.That(work.Authors.Select(a => a.Name!.Family), Is.EqualTo(new[] { "Fafetine", "Neves", "Thompson", "Paweska", "Rutten", "Coetzer" }));
        Assert.That(work.Authors.Select(a => a.Name!.Family), Has.None.EqualTo("Njenga"));
        Assert.That(work.Authors[0].Name!.Given, Is.EqualTo("José"));
        Assert.That(work.Authors[0].Email, Is.EqualTo("jfafetine@yahoo.com"));
        Assert.That(work.Authors[1].Affiliations.Select(a => a.RawText), Is.EqualTo(new[]
        {
            "Veterinary Faculty, Eduardo Mondlane University, Maputo, Mozambique",
            "Biotechnology Centre, Eduardo Mondlane University, Maputo, Mozambique",
        }));
    }

    [Test]
    public void Read_TitleWithInlineItalic_KeepsTheItalicText()
    {
        var work = MedlineFiles.ReadAll(reader, MedlineFiles.JatsFolder + "pone.0046493.nxml").Single().Work!;

        // M<italic>m</italic>PPOX Inhibits <italic>Mycobacterium tuberculosis</italic> Lipolytic Enzymes …
        Assert.That(work.Title, Is.EqualTo("MmPPOX Inhibits Mycobacterium tuberculosis Lipolytic Enzymes Belonging to the Hormone-Sensitive Lipase Family and Alters Mycobacterial Growth"));
        Assert.That(work.Authors[3].Name, Is.EqualTo(new PersonName("Cavalier", "Jean-François", NameScript.Latin)));
    }

    [Test]
    public void Read_ArticleWithOrcidAndAwardGroup_ReadsThemAsTheAuthorsOrcidAndAGrant()
    {
        // The 8 real files have neither a contrib-id nor an award-group: both are added to a copy in their JATS 1.0 form.
        var text = MedlineFiles.Text(MedlineFiles.JatsFolder + "1471-2180-11-174.nxml")
            .Replace("<name><surname>Wang</surname>", "<contrib-id contrib-id-type=\"orcid\">https://orcid.org/0000-0002-1825-0097</contrib-id><name><surname>Wang</surname>", StringComparison.Ordinal)
            .Replace("<self-uri", "<funding-group><award-group><funding-source>National Science Foundation</funding-source><award-id>DEB-0804039</award-id></award-group></funding-group><self-uri", StringComparison.Ordinal);
        var copy = Path.Combine(RecordFiles.TempFolder(), "orcid.nxml");
        File.WriteAllText(copy, text, new UTF8Encoding(false));

        var work = MedlineFiles.ReadAll(reader, copy).Single().Work!;

        Assert.That(work.Authors[1].Orcid, Is.EqualTo("0000-0002-1825-0097"));
        Assert.That(work.Authors[0].Orcid, Is.Null);
        Assert.That(work.Classifications, Is.EqualTo(new[] { new ClassificationCode("Grant", "DEB-0804039", "National Science Foundation") }));
        Directory.Delete(Path.GetDirectoryName(copy)!, recursive: true);
    }

    [Test]
    public void Read_ArticleWithoutPmcId_IsRejected()
    {
        var text = MedlineFiles.Text(MedlineFiles.JatsFolder + "ehp-116-1694.nxml")
            .Replace("<article-id pub-id-type=\"pmc\">2599765</article-id>", "", StringComparison.Ordinal);
        var folder = RecordFiles.TempFolder();
        var copy = Path.Combine(folder, "no-pmc.nxml");
        File.WriteAllText(copy, text, new UTF8Encoding(false));

        var result = MedlineFiles.ReadAll(reader, copy).Single();

        Assert.That(result.Outcome, Is.EqualTo(ReadOutcome.Rejected));
        Assert.That(result.Reason, Does.Contain("no PMC id"));
        Assert.That(result.RawText, Does.StartWith("<!DOCTYPE article").And.EndWith("</front>"));
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public void Read_ArticleCutInsideItsFront_IsRejectedAsMalformed()
    {
        var text = MedlineFiles.Text(MedlineFiles.JatsFolder + "pone.0000217.nxml");
        var folder = RecordFiles.TempFolder();
        var copy = Path.Combine(folder, "cut.nxml");
        File.WriteAllText(copy, text[..text.IndexOf("<abstract>", StringComparison.Ordinal)], new UTF8Encoding(false));

        var result = MedlineFiles.ReadAll(reader, copy).Single();

        Assert.That(result.Outcome, Is.EqualTo(ReadOutcome.Rejected));
        Assert.That(result.Position, Is.EqualTo(new RecordPosition(1, 1, 0)));
        Assert.That(result.Reason, Does.StartWith("malformed XML: "));
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public void CanRead_EveryRealArticle_IsTrue()
    {
        foreach (var file in MedlineFiles.JatsFiles)
        {
            var path = SharedData.Path(MedlineFiles.JatsFolder + file);
            Assert.That(reader.CanRead(MedlineFiles.Head(path), path), Is.True, file);
        }
    }
}
