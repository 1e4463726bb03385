using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Tests.Shared;
using Microsoft.Data.Sqlite;

namespace ExpertGraph.Integration.Tests.Cli;

/// <summary>What resolution must never do on real records, whichever resolver runs: split or join across ORCIDs.</summary>
[TestFixture]
public sealed class ResolutionInvariantTests
{
    [Test]
    public void Ingest_OpenAlexWorksWithOrcids_EveryOrcidIsOnePersonAndNoPersonHoldsTwo()
    {
        using var temp = new TempDataFolder();
        var data = temp.Sub("data");
        var ingest = CliProcess.Run(["ingest", SharedData.Path("records/openalex-works-json/works_biodiversity_finance_200.jsonl"), "--data", data]);
        Assert.That(ingest.ExitCode, Is.Zero, ingest.Output);

        using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "expertgraph.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        long Scalar(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return (long)command.ExecuteScalar()!;
        }

        Assert.Multiple(() =>
        {
            // The file's 200 works carry 229 authorships with an author.orcid, of 205 distinct ORCIDs (counted with a
            // one-off script over the JSON lines, not with ExpertGraph).
            Assert.That(Scalar("SELECT COUNT(*) FROM authorships WHERE orcid IS NOT NULL"), Is.EqualTo(229));
            Assert.That(Scalar("SELECT COUNT(DISTINCT orcid) FROM authorships WHERE orcid IS NOT NULL"), Is.EqualTo(205));
            Assert.That(Scalar("SELECT COUNT(*) FROM (SELECT person_id FROM authorships WHERE orcid IS NOT NULL GROUP BY person_id HAVING COUNT(DISTINCT orcid) > 1)"),
                Is.Zero, "a person holding works under two ORCIDs");
            Assert.That(Scalar("SELECT COUNT(*) FROM (SELECT orcid FROM authorships WHERE orcid IS NOT NULL GROUP BY orcid HAVING COUNT(DISTINCT person_id) > 1)"),
                Is.Zero, "an ORCID split over two persons");
        });
    }
}
