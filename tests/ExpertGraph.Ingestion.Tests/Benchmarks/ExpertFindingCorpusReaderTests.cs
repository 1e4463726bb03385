using System.Text;
using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Benchmarks;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Benchmarks;

[TestFixture]
public sealed class ExpertFindingCorpusReaderTests
{
    private const string Folder = "expert-finding/aminer-expert-finding-gt/brochier_dblp_benchmark";

    private static List<ReadResult> ReadReal()
    {
        var path = SharedData.Path(Folder + "/documents.jsonl");
        using var stream = File.OpenRead(path);
        return [.. new ExpertFindingCorpusReader().Read(stream, path)];
    }

    [Test]
    public void Read_RealCorpus_EveryDocumentWithItsAuthorsAndCitations()
    {
        var results = ReadReal();

        Assert.That(results, Has.Count.EqualTo(1641));
        Assert.That(results.Select(r => r.Outcome), Is.All.EqualTo(ReadOutcome.Record));
        // doc_author.tsv: 3,126 edges over the 1,641 documents.
        Assert.That(results.Sum(r => r.Work!.Authors.Count), Is.EqualTo(3126));

        var first = results[0].Work!;
        Assert.That(first.Key, Is.EqualTo(new SourceKey("expert-finding", "0")));
        Assert.That(first.Title, Does.StartWith("An Integrative Modelling Approach for Simulation and Analysis of Adaptive Agents To simulate"));
        // doc_author.tsv: document 0 by authors 114, 222 and 254; doc_cites_doc.tsv: cited once (by document 98).
        Assert.That(first.Authors.Select(a => a.SourceAuthorId), Is.EqualTo(new[] { "114", "222", "254" }));
        Assert.That(first.Authors.Select(a => a.RawName), Is.EqualTo(new[] { "Author 114", "Author 222", "Author 254" }));
        Assert.That(first.Authors.Select(a => a.Position), Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(first.CitationCount, Is.EqualTo(1));

        // Document 929 is cited by documents 2 and 1107; document 683 is a title alone.
        Assert.That(results.Single(r => r.Work!.Key.Id == "929").Work!.CitationCount, Is.EqualTo(2));
        Assert.That(results.Single(r => r.Work!.Key.Id == "683").Work!.Title, Is.EqualTo("Dynamically adapting kernels in support vector machines"));
        var last = results[^1];
        Assert.That(last.Position.Line, Is.EqualTo(1641));
        Assert.That(last.Work!.Authors.Select(a => a.SourceAuthorId), Is.EqualTo(new[] { "516", "679" }));
    }

    [Test]
    public void CanRead_RealCorpusAndOtherJson_TellsThemApart()
    {
        var reader = new ExpertFindingCorpusReader();
        var head = File.ReadAllBytes(SharedData.Path(Folder + "/documents.jsonl")).AsSpan(0, 4096);

        Assert.That(reader.CanRead(head, "documents.jsonl"), Is.True);
        Assert.That(reader.CanRead("{\"doc\": 1, \"text\": \"x\", \"year\": 2000}\n"u8, "a.jsonl"), Is.False);
        Assert.That(reader.CanRead("{\"id\": \"W1\", \"title\": \"x\"}\n"u8, "a.jsonl"), Is.False);
        Assert.That(reader.CanRead("doc\tauthor\n0\t114\n"u8, "doc_author.tsv"), Is.False);
    }

    [Test]
    public void Read_BadLines_AreRejectedWithTheirLine()
    {
        using var folder = new TemporaryCorpus("doc\tauthor\n0\t7\n1\t8\n");
        var path = folder.Write("{\"doc\": 0, \"text\": \"Ontology change\"}\nnot json\n{\"doc\": 0, \"text\": \"again\"}\n\n{\"doc\": 1, \"text\": \"  \"}\n{\"doc\": -4, \"text\": \"x\"}\n");

        using var stream = File.OpenRead(path);
        var results = new ExpertFindingCorpusReader().Read(stream, path).ToList();

        Assert.That(results.Select(r => r.Outcome), Is.EqualTo(new[] { ReadOutcome.Record, ReadOutcome.Rejected, ReadOutcome.Rejected, ReadOutcome.Rejected, ReadOutcome.Rejected }));
        Assert.That(results.Select(r => r.Position.Line), Is.EqualTo(new long?[] { 1, 2, 3, 5, 6 }));
        Assert.That(results[1].Reason, Does.StartWith("not JSON"));
        Assert.That(results[2].Reason, Is.EqualTo("document 0 appears twice"));
        Assert.That(results[3].Reason, Is.EqualTo("document 1 has no \"text\""));
        Assert.That(results[4].Reason, Is.EqualTo("no non-negative integer \"doc\""));
        Assert.That(results[0].Work!.CitationCount, Is.Zero, "no citations file: none counted");
    }

    [Test]
    public void Read_WithoutAuthorsFile_FailsNamingIt()
    {
        using var folder = new TemporaryCorpus(authors: null);
        var path = folder.Write("{\"doc\": 0, \"text\": \"Ontology change\"}\n");

        using var stream = File.OpenRead(path);

        Assert.That(() => new ExpertFindingCorpusReader().Read(stream, path).ToList(),
            Throws.TypeOf<UnknownFormatException>().With.Message.Contains("doc_author.tsv"));
    }

    [Test]
    public void Read_MalformedAuthorsLine_FailsNamingFileAndLine()
    {
        using var folder = new TemporaryCorpus("doc\tauthor\n0\t7\n0 8\n");
        var path = folder.Write("{\"doc\": 0, \"text\": \"Ontology change\"}\n");

        using var stream = File.OpenRead(path);

        Assert.That(() => new ExpertFindingCorpusReader().Read(stream, path).ToList(),
            Throws.TypeOf<UnknownFormatException>().With.Message.Contains("doc_author.tsv").And.Message.Contains("line 3"));
    }

    private sealed class TemporaryCorpus : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("eg-expert-finding-").FullName;

        public TemporaryCorpus(string? authors)
        {
            if (authors is not null) File.WriteAllText(Path.Combine(_folder, ExpertFindingCorpusReader.AuthorsFile), authors, Encoding.UTF8);
        }

        public string Write(string documents)
        {
            var path = Path.Combine(_folder, "documents.jsonl");
            File.WriteAllText(path, documents, new UTF8Encoding(false));
            return path;
        }

        public void Dispose() => Directory.Delete(_folder, recursive: true);
    }
}
