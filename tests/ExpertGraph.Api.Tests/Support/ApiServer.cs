using ExpertGraph.Query;
using ExpertGraph.Query.Access;
using Microsoft.AspNetCore.Builder;

namespace ExpertGraph.Api.Tests.Support;

/// <summary>The API on real Kestrel at 127.0.0.1 on a free port, over a workspace of the sample data, with one key per role and a revoked one.</summary>
internal sealed class ApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ApiServer(Workspace workspace, WebApplication app, Uri address, IReadOnlyDictionary<ApiRole, string> keys, string revokedKey)
    {
        Workspace = workspace;
        _app = app;
        Address = address;
        Keys = keys;
        RevokedKey = revokedKey;
    }

    public Workspace Workspace { get; }

    public Uri Address { get; }

    public IReadOnlyDictionary<ApiRole, string> Keys { get; }

    public string RevokedKey { get; }

    /// <summary>The server's services (the ingest jobs a test awaits).</summary>
    public IServiceProvider Services => _app.Services;

    public static async Task<ApiServer> StartAsync(DataDirectory data, ApiOptions? options = null)
    {
        var workspace = Workspace.Open(data);
        var keys = ApiRoles.All.ToDictionary(role => role, role => workspace.CreateApiKey($"test-{ApiRoles.Name(role)}-{Guid.NewGuid():N}", role, TimeProvider.System).Key);
        var revoked = workspace.CreateApiKey($"test-revoked-{Guid.NewGuid():N}", ApiRole.Admin, TimeProvider.System);
        workspace.RevokeApiKey(revoked.Stored.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), TimeProvider.System);
        var app = ApiHost.Build(workspace, (options ?? new ApiOptions()) with { Urls = "http://127.0.0.1:0" });
        await app.StartAsync();
        return new ApiServer(workspace, app, new Uri(app.Urls.Single()), keys, revoked.Key);
    }

    /// <summary>A client that sends <paramref name="key"/> as X-Api-Key (none when null).</summary>
    public HttpClient Client(string? key)
    {
        var client = new HttpClient { BaseAddress = Address };
        if (key is not null) client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    public HttpClient Client(ApiRole role) => Client(Keys[role]);

    /// <summary>The stored id of a role's key (audit rows name it).</summary>
    public long KeyId(ApiRole role) => Workspace.AuthenticateApiKey(Keys[role])!.Id;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Workspace.Dispose();
    }
}
