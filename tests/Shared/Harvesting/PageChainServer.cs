using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace ExpertGraph.Tests.Shared.Harvesting;

/// <summary>
/// A loopback HTTP/1.1 server (127.0.0.1, a free port) that replays recorded API pages as one cursor chain: the first
/// page at cursor "*", page i+1 at the cursor page i names. The recorded pages' own cursors are replaced by the
/// server's ("c1", "c2", …): OpenAlex's last page names none (next_cursor null); Crossref's list ends with a page of no
/// items, as the real API's does. Faults queued for a cursor are answered, once each, before its page.
/// </summary>
internal sealed class PageChainServer : IDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<string, byte[]> _pages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<Fault>> _faults = new(StringComparer.Ordinal);
    private readonly List<ServedRequest> _requests = [];
    private readonly Lock _lock = new();

    private PageChainServer(IReadOnlyList<byte[]> pages, IReadOnlyList<string> cursors)
    {
        Cursors = cursors;
        for (var i = 0; i < pages.Count; i++) _pages[cursors[i]] = pages[i];
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        BaseUrl = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _ = AcceptAsync();
    }

    public Uri BaseUrl { get; }

    /// <summary>The chain's cursors in page order ("*" first).</summary>
    public IReadOnlyList<string> Cursors { get; }

    /// <summary>Called when a request is hung on purpose (a test fires its clock's timeouts here).</summary>
    public Action? Hanging { get; set; }

    /// <summary>Every request received, in order, with what it was answered.</summary>
    public IReadOnlyList<ServedRequest> Requests
    {
        get { lock (_lock) return [.. _requests]; }
    }

    /// <summary>The pages as served (with the server's cursors), in order; Crossref's empty last page included.</summary>
    public IReadOnlyList<byte[]> Pages => [.. Cursors.Select(c => _pages[c])];

    public static PageChainServer OpenAlex(params string[] files)
    {
        var cursors = Enumerable.Range(0, files.Length).Select(CursorAt).ToArray();
        var pages = files.Select((file, i) =>
        {
            var page = JsonNode.Parse(File.ReadAllBytes(file))!;
            page["meta"]!["next_cursor"] = i + 1 < files.Length ? CursorAt(i + 1) : null;
            return Encoding.UTF8.GetBytes(page.ToJsonString());
        }).ToList();
        return new PageChainServer(pages, cursors);
    }

    public static PageChainServer Crossref(params string[] files)
    {
        var cursors = Enumerable.Range(0, files.Length + 1).Select(CursorAt).ToArray();
        var pages = new List<byte[]>();
        JsonNode? last = null;
        for (var i = 0; i < files.Length; i++)
        {
            last = JsonNode.Parse(File.ReadAllBytes(files[i]))!;
            last["message"]!["next-cursor"] = CursorAt(i + 1);
            pages.Add(Encoding.UTF8.GetBytes(last.ToJsonString()));
        }

        last!["message"]!["items"] = new JsonArray();
        pages.Add(Encoding.UTF8.GetBytes(last.ToJsonString()));
        return new PageChainServer(pages, cursors);
    }

    public void Fail(string cursor, params Fault[] faults)
    {
        lock (_lock)
        {
            if (!_faults.TryGetValue(cursor, out var queue)) _faults[cursor] = queue = new Queue<Fault>();
            foreach (var fault in faults) queue.Enqueue(fault);
        }
    }

    /// <summary>Pages served (not faults) at <paramref name="cursor"/>.</summary>
    public int TimesServed(string cursor) => Requests.Count(r => r.Cursor == cursor && r.ServedPage);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    private static string CursorAt(int index) => index == 0 ? "*" : "c" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                if (await ReadHeadAsync(stream) is not { } head) return;
                await AnswerAsync(stream, head);
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client gave up (a timeout) or the server stopped.
            }
        }
    }

    private async Task AnswerAsync(NetworkStream stream, string head)
    {
        var lines = head.Split("\r\n");
        var target = lines[0].Split(' ')[1];
        var headers = lines.Skip(1).Where(l => l.Contains(':', StringComparison.Ordinal))
            .ToDictionary(l => l[..l.IndexOf(':', StringComparison.Ordinal)].Trim(), l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim(), StringComparer.OrdinalIgnoreCase);
        var query = ParseQuery(target);
        query.TryGetValue("cursor", out var cursor);
        Fault? fault = null;
        byte[]? page = null;
        lock (_lock)
        {
            if (cursor is not null && _faults.TryGetValue(cursor, out var queue) && queue.Count > 0) fault = queue.Dequeue();
            if (cursor is not null) _pages.TryGetValue(cursor, out page);
            _requests.Add(new ServedRequest(target, query, headers.GetValueOrDefault("User-Agent"), cursor, page is null ? FaultKind.Status : fault?.Kind));
        }

        if (!target.StartsWith("/works?", StringComparison.Ordinal) || page is null)
        {
            await WriteAsync(stream, 400, "Bad Request", """{"error":"unknown cursor"}"""u8.ToArray(), null);
            return;
        }

        switch (fault?.Kind)
        {
            case null:
                await WriteAsync(stream, 200, "OK", page, null);
                break;
            case FaultKind.Status:
                var extra = fault.RetryAfter is null ? null : "Retry-After: " + fault.RetryAfter + "\r\n";
                await WriteAsync(stream, fault.Status, "Failure", """{"error":"replayed failure"}"""u8.ToArray(), extra);
                break;
            case FaultKind.Truncated:
                await WriteAsync(stream, 200, "OK", page, null, sendBytes: page.Length / 2);
                break;
            case FaultKind.CutJson:
                await WriteAsync(stream, 200, "OK", page[..(page.Length / 2)], null);
                break;
            case FaultKind.Hang:
                Hanging?.Invoke();
                // Held open until the client closes the connection (its timeout) or the server stops.
                var buffer = new byte[1];
                while (await stream.ReadAsync(buffer, _stop.Token) > 0) { }
                break;
        }
    }

    private static async Task WriteAsync(NetworkStream stream, int status, string reason, byte[] body, string? extraHeaders, int? sendBytes = null)
    {
        var head = $"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {body.Length}\r\nConnection: close\r\n{extraHeaders}\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(body.AsMemory(0, sendBytes ?? body.Length));
        await stream.FlushAsync();
    }

    private async Task<string?> ReadHeadAsync(NetworkStream stream)
    {
        var head = new List<byte>();
        var buffer = new byte[1];
        while (await stream.ReadAsync(buffer, _stop.Token) == 1)
        {
            head.Add(buffer[0]);
            if (head.Count >= 4 && head[^1] == '\n' && head[^2] == '\r' && head[^3] == '\n' && head[^4] == '\r')
                return Encoding.ASCII.GetString([.. head]);
        }

        return null;
    }

    private static Dictionary<string, string> ParseQuery(string target)
    {
        var query = new Dictionary<string, string>(StringComparer.Ordinal);
        var mark = target.IndexOf('?', StringComparison.Ordinal);
        if (mark < 0) return query;
        foreach (var pair in target[(mark + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            query[name] = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..]);
        }

        return query;
    }
}
