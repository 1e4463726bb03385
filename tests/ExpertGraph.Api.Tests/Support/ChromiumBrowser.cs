using ExpertGraph.Integration.Tests.Support;
using Microsoft.Playwright;

namespace ExpertGraph.Api.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright: headless, no sandbox (tests run as root), nothing reaching out (no QUIC, no
/// background networking, component updates or sync), in a fresh profile folder deleted afterwards. Playwright's own
/// browsers are never installed: without /usr/bin/chromium the test is ignored saying so, and fails under CI=true.
/// </summary>
internal sealed class ChromiumBrowser : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright _playwright;
    private readonly TempDataFolder _profile;

    private ChromiumBrowser(IPlaywright playwright, IBrowserContext context, TempDataFolder profile)
    {
        _playwright = playwright;
        Context = context;
        _profile = profile;
    }

    public IBrowserContext Context { get; }

    /// <summary>
    /// Starts Chromium with a new profile (so no key, language or list chosen by another test is remembered). Playwright
    /// passes the profile folder as --user-data-dir; it refuses that argument among <see cref="Arguments"/>.
    /// </summary>
    public static async Task<ChromiumBrowser> LaunchAsync()
    {
        RequireChromium();
        var profile = new TempDataFolder("eg-chromium-");
        var playwright = await Playwright.CreateAsync();
        try
        {
            var context = await playwright.Chromium.LaunchPersistentContextAsync(profile.Root, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = Arguments,
                AcceptDownloads = true,
                Locale = "en-US",
                ViewportSize = new ViewportSize { Width = 1280, Height = 1000 },
            });
            context.SetDefaultTimeout(30_000);
            return new ChromiumBrowser(playwright, context, profile);
        }
        catch
        {
            playwright.Dispose();
            profile.Dispose();
            throw;
        }
    }

    /// <summary>The page of the persistent context (a new tab: its sessionStorage, hence its key, is its own).</summary>
    public Task<IPage> NewPageAsync() => Context.NewPageAsync();

    /// <summary>A screenshot of the whole page, attached to the test result.</summary>
    public static async Task AttachScreenshotAsync(IPage page, string step)
    {
        var test = TestContext.CurrentContext.Test;
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots", $"{test.MethodName}-{step}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.AddTestAttachment(path, step);
    }

    private static void RequireChromium()
    {
        if (File.Exists(ExecutablePath)) return;
        const string reason = $"needs Debian's Chromium at {ExecutablePath} (apt-get install chromium; .ci/run installs it)";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail(reason + " (CI=true: the browser tests must run)");
        Assert.Ignore(reason);
    }

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        _playwright.Dispose();
        _profile.Dispose();
    }
}
