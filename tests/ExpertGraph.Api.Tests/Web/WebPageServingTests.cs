using System.Text.RegularExpressions;
using ExpertGraph.Api.Tests.Support;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Api.Tests.Web;

/// <summary>
/// How the page is served, without a browser: at / without a key (it holds no data), under a content security policy
/// that admits only its own scripts, styles and this server; and its sources never parse markup or load from elsewhere.
/// </summary>
[TestFixture]
public sealed partial class WebPageServingTests
{
    private static readonly string Sources = RepositoryPaths.Path("src/ExpertGraph.Api/wwwroot");
    private ApiServer _server = null!;

    [OneTimeSetUp]
    public async Task Start() => _server = await ApiServer.StartAsync(SampleSetUp.Samples.Directory);

    [OneTimeTearDown]
    public async Task Stop() => await _server.DisposeAsync();

    [Test]
    public async Task Root_WithoutKey_ServesThePageUnderItsSecurityPolicy()
    {
        using var client = _server.Client(key: null);

        using var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(html, Does.Contain("<script type=\"module\" src=\"app.js\"></script>"));
        var policy = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.That(policy, Does.Contain("default-src 'none'").And.Contain("script-src 'self'").And.Contain("connect-src 'self'").And.Not.Contain("unsafe"));
        Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
    }

    [Test]
    public async Task Api_WithoutKey_StillRefusedNextToThePage()
    {
        using var client = _server.Client(key: null);

        using var response = await client.GetAsync("/api/search?q=biodiversity");

        Assert.That((int)response.StatusCode, Is.EqualTo(401));
    }

    [Test]
    public async Task EveryFileOfThePage_ServedWithoutKeyAndItsType()
    {
        using var client = _server.Client(key: null);
        var files = Directory.GetFiles(Sources).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

        foreach (var file in files)
        {
            using var response = await client.GetAsync("/" + file);
            var expected = Path.GetExtension(file) switch { ".js" => "text/javascript", ".css" => "text/css", _ => "text/html" };
            Assert.That(((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType), Is.EqualTo((200, expected)), file);
        }

        Assert.That(files, Does.Contain("index.html").And.Contain("app.css").And.Contain("app.js"));
    }

    /// <summary>Every import of every module names a file of the page: a missing one would stop the page loading.</summary>
    [Test]
    public void Modules_ImportOnlyFilesOfThePage()
    {
        var files = Directory.GetFiles(Sources).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);

        var imports = Directory.GetFiles(Sources, "*.js").SelectMany(f => ImportPattern().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).ToList();

        Assert.That(imports, Is.Not.Empty);
        Assert.That(imports.Where(i => !files.Contains(i)), Is.Empty);
    }

    /// <summary>Data is put in as text only, and nothing comes from another server (fonts, scripts, styles).</summary>
    [Test]
    public void PageSources_NoMarkupParsingAndNoOutsideResource()
    {
        string[] markupApis = ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"];

        foreach (var file in Directory.GetFiles(Sources))
        {
            var text = File.ReadAllText(file);
            Assert.That(markupApis.Where(api => text.Contains(api, StringComparison.Ordinal)), Is.Empty, file);
            Assert.That(OutsidePattern().IsMatch(text), Is.False, file + " loads from another server");
        }
    }

    [GeneratedRegex(@"from '\./([^']+)'")]
    private static partial Regex ImportPattern();

    [GeneratedRegex(@"(src|href)=""(https?:)?//|url\(\s*['""]?(https?:)?//|@import|from '(https?:)?//")]
    private static partial Regex OutsidePattern();
}
