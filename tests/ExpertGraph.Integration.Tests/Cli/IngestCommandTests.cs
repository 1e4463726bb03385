using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Integration.Tests.Cli;

/// <summary>The ingest command end to end, as a user runs it, on real records of every format this slice reads.</summary>
[TestFixture]
public sealed class IngestCommandTests
{
    private static string[] RealInputs() =>
    [
        SharedData.Path("records/dblp-xml-sample/dblp-sample.xml"),
        SharedData.Path("records/openalex-works-json/works_biodiversity_finance_200.jsonl"),
        SharedData.Path("records/uspto-patent-xml/go-uspto-test-data"),
        SharedData.Path("records/nsfc-china-grants/19_21/C01"),
    ];

    [Test]
    public void Ingest_SameFilesTwice_SecondRunReadsNothingAndChangesNothing()
    {
        using var temp = new TempDataFolder();
        var data = temp.Sub("data");
        var inputs = RealInputs();

        var first = CliProcess.Run(["ingest", .. inputs, "--data", data]);
        var afterFirst = DataSnapshot.Take(data);
        var second = CliProcess.Run(["ingest", .. inputs, "--data", data]);

        Assert.That(first.ExitCode, Is.Zero, first.Output);
        var counts = RunCounts.Parse(first.Output);
        Assert.That(counts.Read, Is.EqualTo(counts.Inserted + counts.Updated + counts.Unchanged + counts.Quarantined + counts.Skipped));
        Assert.That(counts.Inserted, Is.GreaterThan(1500));
        Assert.That(second.ExitCode, Is.Zero, second.Output);
        Assert.That(RunCounts.Parse(second.Output).Read, Is.Zero);
        Assert.That(second.Output, Does.Contain("already ingested"));
        Assert.That(DataSnapshot.Take(data), Is.EqualTo(afterFirst));
    }

    [Test]
    public void Ingest_ForceSameFiles_EveryRecordUnchangedAndNoRowOrDocumentChanges()
    {
        using var temp = new TempDataFolder();
        var data = temp.Sub("data");
        var inputs = RealInputs();
        var first = RunCounts.Parse(CliProcess.Run(["ingest", .. inputs, "--data", data]).Output);
        var afterFirst = DataSnapshot.Take(data);

        var forced = CliProcess.Run(["ingest", .. inputs, "--data", data, "--force"]);

        var counts = RunCounts.Parse(forced.Output);
        Assert.That(counts.Read, Is.EqualTo(first.Read));
        Assert.That(counts.Inserted + counts.Updated, Is.Zero, "nothing changed upstream");
        Assert.That(counts.Quarantined, Is.EqualTo(first.Quarantined));
        Assert.That(DataSnapshot.Take(data), Is.EqualTo(afterFirst));
    }

    [Test]
    public void Ingest_RecordChangedUpstream_UpdatesThatRecordOnly()
    {
        using var temp = new TempDataFolder();
        var data = temp.Sub("data");
        var file = Path.Combine(temp.Sub("in"), "dblp.xml");
        File.Copy(SharedData.Path("records/dblp-xml-sample/dblp-sample.xml"), file);
        CliProcess.Run("ingest", file, "--data", data);
        var before = DataSnapshot.Take(data);

        // The first record's title, as written in the file, changes upstream.
        var text = File.ReadAllText(file, System.Text.Encoding.Latin1);
        File.WriteAllText(file, text.Replace("<title>Shared Interfaces for Co-located Interaction.</title>",
            "<title>Shared Interfaces for Co-located Interaction, revised.</title>", StringComparison.Ordinal), System.Text.Encoding.Latin1);
        var run = CliProcess.Run("ingest", file, "--data", data);

        var counts = RunCounts.Parse(run.Output);
        Assert.That(counts.Updated, Is.EqualTo(1));
        Assert.That(counts.Inserted, Is.Zero);
        Assert.That(counts.Unchanged, Is.EqualTo(counts.Read - counts.Skipped - counts.Quarantined - 1));
        Assert.That(DataSnapshot.Take(data).Store.Works, Is.EqualTo(before.Store.Works));
        var search = CliProcess.Run("search", "co-located interaction revised", "--data", data);
        Assert.That(search.Output, Does.Contain("revised"));
    }

    [Test]
    public void Ingest_CorruptedJsonLine_QuarantinedWithLineAndTheRestStored()
    {
        using var temp = new TempDataFolder();
        var data = temp.Sub("data");
        var file = Path.Combine(temp.Sub("in"), "works.jsonl");
        var lines = File.ReadAllLines(SharedData.Path("records/openalex-works-json/works_biodiversity_finance_200.jsonl"));
        lines[4] = lines[4][..(lines[4].Length / 2)];
        File.WriteAllLines(file, lines);

        var run = CliProcess.Run("ingest", file, "--data", data);
        var quarantine = CliProcess.Run("quarantine", "--data", data);

        var counts = RunCounts.Parse(run.Output);
        Assert.That(counts.Quarantined, Is.EqualTo(1));
        Assert.That(counts.Read, Is.EqualTo(lines.Length));
        Assert.That(quarantine.Output, Does.Contain(file + ": record 5, line 5"));
    }

    [Test]
    public void Ingest_QuarantinedRecordFixedUpstream_StoredAndLeavesQuarantine()
    {
        using var temp = new TempDataFolder();
        var data = temp.Sub("data");
        var file = Path.Combine(temp.Sub("in"), "works.jsonl");
        var lines = File.ReadAllLines(SharedData.Path("records/openalex-works-json/works_biodiversity_finance_200.jsonl"));
        var good = lines[4];
        lines[4] = good[..(good.Length / 2)];
        File.WriteAllLines(file, lines);
        CliProcess.Run("ingest", file, "--data", data);

        lines[4] = good;
        File.WriteAllLines(file, lines);
        var rerun = CliProcess.Run("ingest", file, "--data", data);

        var counts = RunCounts.Parse(rerun.Output);
        Assert.That(counts.Quarantined, Is.Zero);
        Assert.That(counts.Inserted, Is.EqualTo(1), "the fixed record");
        Assert.That(CliProcess.Run("quarantine", "--data", data).Output, Does.Contain("0 quarantined records shown"));
    }

    [Test]
    public void Ingest_FileOfNoKnownFormat_ClearErrorNamingItAndOtherFilesStillRead()
    {
        using var temp = new TempDataFolder();
        var data = temp.Sub("data");
        var unknown = Path.Combine(temp.Sub("in"), "notes.txt");
        File.WriteAllText(unknown, "these are meeting notes, not records\n");

        var run = CliProcess.Run("ingest", unknown, SharedData.Path("records/dblp-xml-sample/dblp-sample.xml"), "--data", data);

        Assert.That(run.ExitCode, Is.EqualTo(3));
        Assert.That(run.Output, Does.Contain($"{unknown}: not a known format"));
        Assert.That(RunCounts.Parse(run.Output).Inserted, Is.GreaterThan(1000));
    }

    // The summary says what resolution cost: every mention of the inserted works, the time, the rate. The model
    // resolver's cache size is the user's to choose, within reason.
    [Test]
    public void Ingest_ResolverCacheGiven_SummaryCountsEveryMentionResolvedAndTooSmallACacheIsRefused()
    {
        using var temp = new TempDataFolder();
        var data = temp.Sub("data");
        var input = SharedData.Path("records/openalex-works-json/works_biodiversity_finance_200.jsonl");

        var refused = CliProcess.Run("ingest", input, "--data", data, "--resolver-cache", "10");
        var run = CliProcess.Run("ingest", input, "--data", data, "--resolver-cache", "1000");

        Assert.That(refused.ExitCode, Is.EqualTo(2));
        Assert.That(refused.Output, Does.Contain("ResolverCacheMentions must be at least 1000, was 10"));
        Assert.That(run.ExitCode, Is.Zero, run.Output);
        var authorships = DataSnapshot.Take(data).Store.Authorships;
        Assert.That(authorships, Is.GreaterThan(500));
        Assert.That(run.Output, Does.Match($@"resolution: {authorships} author mentions in [0-9.]+ s \([0-9,]+ mentions/s\)"));
    }

    [Test]
    public void Search_AfterIngestingDblp_FindsTheSpeechRecognitionAuthors()
    {
        using var temp = new TempDataFolder();
        var data = temp.Sub("data");
        CliProcess.Run("ingest", SharedData.Path("records/dblp-xml-sample/dblp-sample.xml"), "--data", data);

        var table = CliProcess.Run("search", "speech recognition", "--data", data, "--limit", "50");
        // Eleven authors of "Automatic Speech Recognition" (which also names the concept's synonym) rank first.
        var json = CliProcess.Run("search", "speech recognition", "--data", data, "--format", "json", "--limit", "50");
        var csv = CliProcess.Run("search", "speech recognition", "--data", data, "--format", "csv");

        // dblp-sample.xml: series/cogtech/BertonKHS06 "Speech Recognition." by André Berton, Alfred Kaltenmeier, Udo Haiber, Olaf Schreiner.
        Assert.That(table.ExitCode, Is.Zero, table.Output);
        Assert.That(table.Output, Does.Contain("André Berton"));
        Assert.That(table.Output, Does.Contain("Speech Recognition"));
        Assert.That(json.Output, Does.Contain("\"name\": \"André Berton\"").Or.Contain("\"name\": \"Andr"));
        Assert.That(csv.Output.Split('\n')[0], Is.EqualTo("rank,person_id,name,institution,country,career_age,stage,score,matched_works,top_work"));
        // BertonKHS06 is from 2006: Berton's career is at least that old, and every result comes with its facet counts.
        Assert.That(json.Output, Does.Contain("\"careerAge\"").And.Contain("\"facets\"").And.Contain("\"kinds\""));
        Assert.That(table.Output, Does.Contain("facets:").And.Contain("kind:        paper"));
        var person = CliProcess.Run("person", "Udo Haiber", "--data", data);
        Assert.That(person.ExitCode, Is.Zero, person.Output);
        Assert.That(person.Output, Does.Contain("Udo Haiber").And.Contain("1 persons for \"Udo Haiber\""));
    }

    [Test]
    public void Ingest_GzippedGb18030Copy_StoresTheSameGrantsAsTheUtf8File()
    {
        using var temp = new TempDataFolder();
        var source = SharedData.Path("records/nsfc-china-grants/19_21/C01/C0102.csv");
        var text = File.ReadAllText(source, System.Text.Encoding.UTF8);
        var copy = Path.Combine(temp.Sub("in"), "C0102.gb18030.gz");
        using (var file = File.Create(copy))
        using (var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest))
            gzip.Write(ExpertGraph.Ingestion.Reading.TextEncodingDetector.Gb18030.GetBytes(text));

        var original = CliProcess.Run("ingest", source, "--data", temp.Sub("utf8"));
        var reencoded = CliProcess.Run("ingest", copy, "--data", temp.Sub("gb"));

        Assert.That(reencoded.ExitCode, Is.Zero, reencoded.Output);
        Assert.That(reencoded.Output, Does.Contain("gzip, gb18030 → utf-8"));
        Assert.That(RunCounts.Parse(reencoded.Output), Is.EqualTo(RunCounts.Parse(original.Output)));
        Assert.That(DataSnapshot.Take(temp.Sub("gb")), Is.EqualTo(DataSnapshot.Take(temp.Sub("utf8"))));
    }

    [Test]
    public void Ingest_UnknownEncodingName_UsageErrorBeforeAnyWork()
    {
        using var temp = new TempDataFolder();

        var run = CliProcess.Run("ingest", temp.Sub("in"), "--data", temp.Sub("data"), "--encoding", "klingon-8");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.Output);
        Assert.That(run.Output, Does.Contain("unknown encoding 'klingon-8'"));
    }

    [Test]
    public void Search_WithoutAnyIngest_SaysWhatToDo()
    {
        using var temp = new TempDataFolder();
        var run = CliProcess.Run("search", "anything", "--data", temp.Sub("empty"));

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Output, Does.Contain("ingest some records first"));
    }

    [Test]
    public void Search_MalformedScoutFilters_EveryProblemInOneUsageError()
    {
        using var temp = new TempDataFolder();

        var run = CliProcess.Run("search", "anything", "--data", temp.Sub("empty"), "--stage", "professor", "--age", "60-30", "--ties", "CN", "--country", "cn");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.Output);
        Assert.That(run.Output, Does.Contain("--stage 'professor' is none of chief-scientist, academic-leader, young-backbone, other")
            .And.Contain("--age '60-30' is not a range like 30-60")
            .And.Contain("ties to CN are what a person elsewhere has"));
    }

    [Test]
    public void AnyCommand_StoreOfANewerSchemaVersion_OneClearErrorLine()
    {
        using var temp = new TempDataFolder();
        var data = temp.Sub("old");
        CliProcess.Run("stats", "--data", data);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + Path.Combine(data, "expertgraph.db") + ";Pooling=false"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE schema_info SET version = 99";
            command.ExecuteNonQuery();
        }

        var run = CliProcess.Run("stats", "--data", data);

        // Older stores are migrated on open; a newer one is refused, never downgraded.
        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Output.Trim(), Is.EqualTo(
            $"error: store {Path.Combine(data, "expertgraph.db")} has schema version 99, newer than this program's {ExpertGraph.Storage.Sqlite.SqliteExpertStore.SchemaVersion}: use a newer expertgraph"));
    }
}
