using System.Net;
using ExpertGraph.Integration.Tests.Support;

namespace ExpertGraph.Api.Tests.Cli;

/// <summary>`expertgraph keys`, `audit` and `serve` as an operator runs them, on an empty data folder (keys need no works).</summary>
[TestFixture]
public sealed class KeysCommandTests
{
    private TempDataFolder _temp = null!;
    private string _data = null!;

    [SetUp]
    public void CreateFolder()
    {
        _temp = new TempDataFolder("eg-keys-");
        _data = _temp.Sub("data");
    }

    [TearDown]
    public void RemoveFolder() => _temp.Dispose();

    [Test]
    public void Create_ThenList_KeyPrintedOnceListShowsPrefixAndRoleOnly()
    {
        var created = CliProcess.RunSeparately("keys", "create", "--name", "scouting team", "--role", "scout", "--data", _data);
        var listed = CliProcess.RunSeparately("keys", "list", "--data", _data);

        Assert.That(created.ExitCode, Is.Zero, created.Output);
        var key = created.StandardOutput.Trim();
        Assert.That(key, Does.Match("^eg_[A-Za-z0-9_-]{43}$"), "eg_ and 32 random bytes in base64url, alone on standard output");
        Assert.That(listed.ExitCode, Is.Zero, listed.Output);
        Assert.That(listed.StandardOutput, Does.Contain(key[..11] + "…").And.Contains("scout").And.Contains("scouting team").And.Contains("active"));
        Assert.That(listed.Output, Does.Not.Contain(key[11..]), "the key is never shown again");
        Assert.That(File.ReadAllBytes(Path.Combine(_data, "expertgraph.db")).AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(key)), Is.EqualTo(-1),
            "only the hash is stored");
    }

    [Test]
    public void Create_UnknownRole_ErrorListingTheRoles()
    {
        var run = CliProcess.Run("keys", "create", "--name", "x", "--role", "boss", "--data", _data);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Output, Does.Contain("error: --role 'boss' is none of scout, review-organizer, analyst, admin"));
    }

    [Test]
    public async Task Revoke_ByPrefix_ServeRefusesTheKeyAndAuditListsNothingForIt()
    {
        var scout = CliProcess.RunSeparately("keys", "create", "--name", "a", "--role", "scout", "--data", _data).StandardOutput.Trim();
        var revoke = CliProcess.Run("keys", "revoke", scout[..11], "--data", _data);
        var again = CliProcess.Run("keys", "revoke", scout[..11], "--data", _data);
        var listed = CliProcess.RunSeparately("keys", "list", "--data", _data);

        Assert.That(revoke.ExitCode, Is.Zero, revoke.Output);
        Assert.That(revoke.Output, Does.StartWith("revoked key 1 (" + scout[..11] + "…, a, scout)"));
        Assert.That(again.Output, Does.Contain("error: key 1 (" + scout[..11] + ", a) was already revoked"));
        Assert.That(listed.StandardOutput, Does.Contain("revoked 20"));

        using var serve = CliProcess.Start("serve", "--urls", "http://127.0.0.1:0", "--data", _data);
        var line = serve.WaitForLine(l => l.StartsWith("serving ", StringComparison.Ordinal), TimeSpan.FromMinutes(1));
        Assert.That(line, Does.Contain("0 active API key(s)"), serve.Output);
        var address = line!.Split(" at ", 2)[1].Split(';')[0].Trim();
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        client.DefaultRequestHeaders.Add("X-Api-Key", scout);
        using var health = await client.GetAsync("/health");
        using var refused = await client.GetAsync("/api/lexicon?q=biodiversity");
        Assert.That((health.StatusCode, refused.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.Unauthorized)));
        serve.Kill();

        var audit = CliProcess.RunSeparately("audit", "--data", _data);
        Assert.That(audit.StandardOutput.Trim(), Is.EqualTo("0 row(s)"));
    }
}
