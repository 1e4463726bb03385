using System.Text;
using System.Text.RegularExpressions;
using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Papers;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Papers;

public sealed class DblpXmlReaderTests
{
    private const string SampleFile = "records/dblp-xml-sample/dblp-sample.xml";
    private readonly DblpXmlReader reader = new();
    private List<ReadResult> sample = null!;

    [OneTimeSetUp]
    public void ReadSample() => sample = RecordFiles.ReadAll(reader, SharedData.Path(SampleFile));

    [Test]
    public void Read_Sample_Yields1288Records1144ChaptersAnd144Books()
    {
        // grep -cE '^<(incollection|book) ' dblp-sample.xml → 1144 + 144; no other record element occurs.
        var path = SharedData.Path(SampleFile);

        Assert.That(reader.CanRead(RecordFiles.Head(path), path), Is.True);
        Assert.That(sample.Count(r => r.Outcome == ReadOutcome.Record), Is.EqualTo(1288));
        Assert.That(sample.Where(r => r.Outcome != ReadOutcome.Record), Is.Empty);
        Assert.That(sample.Select(r => r.Position.RecordNumber), Is.EqualTo(Enumerable.Range(1, 1288).Select(i => (long)i)));
        Assert.That(sample.All(r => r.Work!.Kind == WorkKind.Paper && r.Work.Language == "en"), Is.True);
    }

    [Test]
    public void Read_RecordWithEntities_DecodesNamesAndKeepsOrder()
    {
        // Line 24, byte 945: series/cogtech/BertonKHS06, <author>Andr&eacute; Berton</author> and three more.
        var result = sample[2];

        Assert.That(result.Position, Is.EqualTo(new RecordPosition(3, 24, 945)));
        var work = result.Work!;
        Assert.That(work.Key, Is.EqualTo(new SourceKey("dblp", "series/cogtech/BertonKHS06")));
        Assert.That(work.Title, Is.EqualTo("Speech Recognition"));
        Assert.That((work.Year, work.Venue), Is.EqualTo(((int?)2006, "SmartKom")));
        Assert.That(work.Authors.Select(a => (a.RawName, a.Position, a.Role)), Is.EqualTo(new[]
        {
            ("André Berton", 1, AuthorRole.Author),
            ("Alfred Kaltenmeier", 2, AuthorRole.Author),
            ("Udo Haiber", 3, AuthorRole.Author),
            ("Olaf Schreiner", 4, AuthorRole.Author),
        }));
        Assert.That(work.Identifiers, Is.EqualTo(new WorkIdentifier[]
        {
            new(IdentifierScheme.DblpKey, "series/cogtech/BertonKHS06"),
            new(IdentifierScheme.Doi, "10.1007/3-540-36678-4_6"),
        }));
    }

    [Test]
    public void Read_HomonymSuffixedName_KeepsSuffixOnlyInSourceAuthorId()
    {
        // Line 237: series/cogtech/RistABGKKR004, eighth author "Markus Schmitt 0002"; no <ee>, so no DOI.
        var work = sample[21].Work!;

        Assert.That(work.Key.Id, Is.EqualTo("series/cogtech/RistABGKKR004"));
        var schmitt = work.Authors[7];
        Assert.That((schmitt.RawName, schmitt.SourceAuthorId, schmitt.Position), Is.EqualTo(("Markus Schmitt", "Markus Schmitt 0002", 8)));
        Assert.That(work.Authors[1].RawName, Is.EqualTo("Elisabeth André"));
        Assert.That(work.Authors[1].SourceAuthorId, Is.EqualTo("Elisabeth André"));
        Assert.That(work.Identifiers, Is.EqualTo(new[] { new WorkIdentifier(IdentifierScheme.DblpKey, "series/cogtech/RistABGKKR004") }));
    }

    [Test]
    public void Read_BookWithEditors_ReturnsThemWithEditorRole()
    {
        // Line 253: series/cogtech/364227662, editors Antonio Kr&uuml;ger and Tsvi Kuflik, isbn, ee, booktitle.
        var result = sample[22];

        Assert.That(result.Position.Line, Is.EqualTo(253));
        var work = result.Work!;
        Assert.That(work.Title, Is.EqualTo("Ubiquitous Display Environments"));
        Assert.That((work.Year, work.Venue), Is.EqualTo(((int?)2012, "Ubiquitous Display Environments")));
        Assert.That(work.Authors.Select(a => (a.RawName, a.Role)), Is.EqualTo(new[]
        {
            ("Antonio Krüger", AuthorRole.Editor),
            ("Tsvi Kuflik", AuthorRole.Editor),
        }));
        Assert.That(work.Identifiers, Is.EqualTo(new WorkIdentifier[]
        {
            new(IdentifierScheme.DblpKey, "series/cogtech/364227662"),
            new(IdentifierScheme.Doi, "10.1007/978-3-642-27663-7"),
            new(IdentifierScheme.Isbn, "978-3-642-27662-0"),
        }));
    }

    [Test]
    public void Read_EditorWithHomonymSuffix_IsAnEditorWithDblpId()
    {
        // Line 4672: series/star/2012-76, ten editors, the third "Rainer Bischoff 0004".
        var work = sample.Single(r => r.Work!.Key.Id == "series/star/2012-76").Work!;

        Assert.That(work.Authors, Has.Count.EqualTo(10));
        Assert.That(work.Authors.All(a => a.Role == AuthorRole.Editor), Is.True);
        Assert.That((work.Authors[2].RawName, work.Authors[2].SourceAuthorId), Is.EqualTo(("Rainer Bischoff", "Rainer Bischoff 0004")));
        Assert.That(work.Authors[1].RawName, Is.EqualTo("Johann Marius Zöllner"));
        Assert.That(work.Venue, Is.EqualTo("Springer Tracts in Advanced Robotics"));
    }

    [Test]
    public void Read_BookWithoutBooktitle_UsesSeriesAsVenue()
    {
        // Line 224: series/cogtech/FurnkranzGL12 has <series>Cognitive Technologies</series> and no booktitle.
        var work = sample[20].Work!;

        Assert.That(work.Key.Id, Is.EqualTo("series/cogtech/FurnkranzGL12"));
        Assert.That(work.Title, Is.EqualTo("Foundations of Rule Learning"));
        Assert.That(work.Venue, Is.EqualTo("Cognitive Technologies"));
        Assert.That(work.Authors.Select(a => a.RawName), Is.EqualTo(new[] { "Johannes Fürnkranz", "Dragan Gamberger", "Nada Lavrac" }));
        Assert.That(work.Identifiers, Does.Contain(new WorkIdentifier(IdentifierScheme.Doi, "10.1007/978-3-540-75197-7")));
        Assert.That(work.Identifiers, Does.Contain(new WorkIdentifier(IdentifierScheme.Isbn, "978-3-540-75196-0")));
    }

    [TestCase(116, "ΩMEGA: Resource-Adaptive Processes in an Automated Reasoning System")]
    [TestCase(160, "Universal Algorithmic Intelligence: A Mathematical Top→Down Approach")]
    [TestCase(311, "Loyalty Programs and Their Impact on Repeat Purchase Behaviour: An Extension on the \"Single Source\" Panel BehaviorScan")]
    [TestCase(373, "Sub-species of Homopus Areolatus? Biplots and Small Class Inference with Analysis of Distance")]
    [TestCase(18, "The New AI: General & Sound & Relevant for Physics")]
    public void Read_TitleWithReferencesOrMarkup_IsPlainTextWithoutDblpsFinalPeriod(int record, string title)
    {
        // Source: &#937;MEGA (line 1379), Top&#8594;Down (line 1914), <i>BehaviorScan</i>. (line 3623),
        // <i>Homopus Areolatus?</i> (line 4310), General &amp; Sound &amp; Relevant (line 192).
        Assert.That(sample[record - 1].Work!.Title, Is.EqualTo(title));
    }

    [Test]
    public void Read_Sample_LeavesNoEntityUndecoded()
    {
        var texts = sample.Select(r => r.Work!).SelectMany(w => w.Authors.Select(a => a.RawName).Append(w.Title).Append(w.Venue ?? ""));

        Assert.That(texts.Where(t => Regex.IsMatch(t, "&#?[A-Za-z0-9]+;")), Is.Empty);
    }

    [Test]
    public void EntityTable_DecodesEveryEntityTheSampleUses()
    {
        // grep -oE '&[a-zA-Z][a-zA-Z0-9]*;' dblp-sample.xml | sort -u → 28 names, amp among them.
        var raw = File.ReadAllText(SharedData.Path(SampleFile), Encoding.Latin1);
        var used = Regex.Matches(raw, "&([A-Za-z][A-Za-z0-9]*);").Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.That(used, Has.Count.EqualTo(28));
        Assert.That(used.Where(name => name != "amp" && !DblpCharacterEntities.TryGet(name, out _)), Is.Empty);
    }

    [Test]
    public void EntityTable_MatchesEveryEntityDblpDtdDeclares()
    {
        var dtd = File.ReadAllText(SharedData.Path("records/dblp-xml-sample/dblp.dtd"), Encoding.Latin1);
        var declared = Regex.Matches(dtd, "<!ENTITY\\s+([A-Za-z0-9]+)\\s+\"&#([0-9]+);\"").ToList();

        Assert.That(declared, Has.Count.EqualTo(65));
        Assert.That(DblpCharacterEntities.Count, Is.EqualTo(65));
        foreach (var declaration in declared)
        {
            Assert.That(DblpCharacterEntities.TryGet(declaration.Groups[1].Value, out var character), Is.True, declaration.Value);
            Assert.That((int)character, Is.EqualTo(int.Parse(declaration.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)), declaration.Value);
        }
    }
}
