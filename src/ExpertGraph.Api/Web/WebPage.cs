using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace ExpertGraph.Api.Web;

/// <summary>
/// The web page (docs/web.md): index.html, its ES modules and one style sheet, embedded in this assembly and served at /
/// without a key. The page holds no data: it asks for the API key and sends it with every /api call. A strict content
/// security policy keeps it to its own scripts and styles and to this server, so a value that slipped past the page's
/// escaping could still not run.
/// </summary>
internal static class WebPage
{
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static void Use(WebApplication app)
    {
        var files = new EmbeddedFileProvider(typeof(WebPage).Assembly, "ExpertGraph.Api.wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                // A new server version brings new modules: the browser asks again rather than mixing old and new.
                headers.CacheControl = new StringValues("no-cache");
            },
        });
    }
}
