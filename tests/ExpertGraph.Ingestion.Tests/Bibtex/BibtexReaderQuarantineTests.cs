using System.Text;
using ExpertGraph.Ingestion.Bibtex;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Ingestion.Tests.Papers;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Bibtex;

public sealed class BibtexReaderQuarantineTests
{
    private readonly BibtexReader reader = new();
    private string temp = null!;
    private string original = null!;

    [SetUp]
    public void CreateTempFolder()
    {
        temp = RecordFiles.TempFolder();
        original = File.ReadAllText(SharedData.Path("records/openalex-works-json/openalex_exports/corpus_biblatex/chunk_1.bib"), Encoding.UTF8);
    }

    [TearDown]
    public void DeleteTempFolder() => Directory.Delete(temp, recursive: true);

    [Test]
    public void Read_CopyWithThreeBrokenEntries_RejectsEachAtItsPositionAndReadsTheOthers()
    {
        // Same-length edits, so every entry keeps its line and byte offset (grep -n -b '^@'):
        // entry 2 (line 20, byte 1096): "title" becomes "titel", so the entry has no title;
        // entry 3 (line 42, byte 2124): the brace closing its title is blanked, so the entry is still open at line 53;
        // entry 10 (line 144, byte 6796): the '=' after "title" is blanked.
        var text = Replace(original, "Rubino,},\n  title = {Biodiversity {Finance}},", "Rubino,},\n  titel = {Biodiversity {Finance}},");
        text = Replace(text, "W2041234663,\n  author = {Helen Mountford, and Jan Horst Keppler,},\n  title = {Financing Incentives for the Protection of Biodiversity},",
            "W2041234663,\n  author = {Helen Mountford, and Jan Horst Keppler,},\n  title = {Financing Incentives for the Protection of Biodiversity ,");
        text = Replace(text, "  title = {Conserving {Biodiversity} and {Ecosystem} {Services}", "  title   {Conserving {Biodiversity} and {Ecosystem} {Services}");
        var copy = Write("broken.bib", text);

        var results = RecordFiles.ReadAll(reader, copy);

        Assert.That(results, Has.Count.EqualTo(100));
        var rejected = results.Where(r => r.Outcome == ReadOutcome.Rejected).ToList();
        Assert.That(rejected.Select(r => r.Position), Is.EqualTo(new[]
        {
            new RecordPosition(2, 20, 1096), new RecordPosition(3, 42, 2124), new RecordPosition(10, 144, 6796),
        }));
        Assert.That(rejected.Select(r => r.Reason), Is.EqualTo(new[]
        {
            "@article{https://openalex.org/W4235089722} has no title",
            "malformed BibTeX entry @article{https://openalex.org/W2041234663}: unbalanced braces: the entry is still open where the next entry starts (line 53)",
            "malformed BibTeX entry @article{https://openalex.org/W2149799184}: expected '=' after field \"title\", found '{'",
        }));
        Assert.That(rejected[1].RawText, Does.StartWith("@article{https://openalex.org/W2041234663,\n  author = {Helen Mountford,").And.EndWith("langid = {en}\n}\n"));
        Assert.That(results.Count(r => r.Outcome == ReadOutcome.Record), Is.EqualTo(97));
        Assert.That(results[3].Work!.Key.Id, Is.EqualTo("W1698421338"));
        Assert.That(results[3].Position, Is.EqualTo(new RecordPosition(4, 53, 2473)));
        Assert.That(results[10].Work!.Key.Id, Is.EqualTo("W1934649023"));
    }

    [Test]
    public void Read_CopyCutInsideAnEntry_RejectsTheLastEntryAndReadsTheRest()
    {
        // Cut after the first line of entry 10 (line 144): nine whole entries, then one the file ends inside.
        var cut = original.IndexOf("@article{https://openalex.org/W2149799184,\n", StringComparison.Ordinal) + 60;
        var copy = Write("truncated.bib", original[..cut]);

        var results = RecordFiles.ReadAll(reader, copy);

        Assert.That(results.Select(r => r.Outcome), Is.EqualTo(Enumerable.Repeat(ReadOutcome.Record, 9).Append(ReadOutcome.Rejected)));
        Assert.That(results[9].Position, Is.EqualTo(new RecordPosition(10, 144, 6796)));
        Assert.That(results[9].Reason, Does.EndWith("unbalanced braces: the value opened on line 145 is still open at the end of the file"));
    }

    private static string Replace(string text, string from, string to)
    {
        Assert.That(text.Split(from).Length - 1, Is.EqualTo(1), $"expected exactly one '{from}'");
        Assert.That(Encoding.UTF8.GetByteCount(to), Is.EqualTo(Encoding.UTF8.GetByteCount(from)));
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(temp, name);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }
}
