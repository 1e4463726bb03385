namespace ExpertGraph.Ingestion.Harvesting;

/// <summary>
/// Pages through a source's /works list with its cursor and saves each page verbatim as one file, then the harvest
/// state, so that a run stopped at any moment (kill -9 included) resumes where it stood: a page saved but not yet
/// counted is counted from its own body rather than fetched again, one not yet saved is fetched at the saved cursor.
/// The pages are read later by `expertgraph ingest FOLDER` (OpenAlex pages by the openalex-json reader, Crossref
/// pages by the crossref-json reader).
/// </summary>
public sealed class Harvester
{
    private readonly HarvestOptions _options;
    private readonly HttpClient _http;
    private readonly TimeProvider _time;
    private readonly Action<string>? _log;

    /// <param name="http">Sends the requests; its own Timeout should be infinite (each try has <see cref="HarvestOptions.AttemptTimeout"/>).</param>
    /// <param name="log">Receives one line per page saved, per retry and per notable event.</param>
    public Harvester(HarvestOptions options, HttpClient http, TimeProvider time, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(time);
        options.Validate();
        _options = options;
        _http = http;
        _time = time;
        _log = log;
    }

    /// <summary>Test seam: called after a page file is in place, before the state counts it (a throw here is a crash there).</summary>
    internal Action<int>? PageWritten { get; init; }

    /// <summary>Test seam: called after the state counting page n is saved.</summary>
    internal Action<int>? StateSaved { get; init; }

    /// <summary>An HTTP client for harvesting: decompression on, no client-wide timeout (each try has its own).</summary>
    public static HttpClient CreateHttpClient() => new(new SocketsHttpHandler
    {
        AutomaticDecompression = System.Net.DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public async Task<HarvestSummary> RunAsync(CancellationToken cancellationToken = default)
    {
        var started = _time.GetTimestamp();
        var api = HarvestApi.For(_options);
        var fetcher = new PageFetcher(_http, api, _options, _time, _log);
        using var folder = HarvestFolder.Open(_options.OutputFolder);
        var state = OpenState(folder);
        var before = state;
        state = AdoptUncountedPages(folder, api, state);
        var adopted = state.PagesSaved - before.PagesSaved;

        HarvestOutcome outcome;
        if (state.Finished && adopted == 0)
        {
            _log?.Invoke($"{folder.Path}: this harvest finished already ({state.PagesSaved} pages, {state.RecordsSaved} records); nothing to do");
            outcome = HarvestOutcome.AlreadyFinished;
        }
        else
        {
            outcome = state.Finished ? HarvestOutcome.Finished : HarvestOutcome.LimitReached;
            if (LimitReached(state))
                _log?.Invoke($"{folder.Path}: holds {state.RecordsSaved} records already, the limit asked for; a larger limit goes on");
            while (!state.Finished && !LimitReached(state))
            {
                var pageSize = (int)Math.Min(_options.PageSize, (_options.MaxRecords ?? long.MaxValue) - state.RecordsSaved);
                FetchedPage fetched;
                try
                {
                    fetched = await fetcher.FetchAsync(api.PageUri(state.NextCursor ?? HarvestApi.FirstCursor, pageSize), cancellationToken).ConfigureAwait(false);
                }
                catch (HarvestException ex)
                {
                    // A Crossref cursor is a scroll context that expires minutes after its last use; a refused one cannot be resumed.
                    var expired = _options.Source == HarvestSource.Crossref && state.PagesSaved > 0 && ex.InnerException is HarvestResponseException { IsTransient: false };
                    var next = expired
                        ? "; Crossref refused the saved cursor, which expires minutes after its last use: harvest again into a new folder"
                        : $"; the {state.PagesSaved} pages saved stay, and the same command resumes after them";
                    throw new HarvestException(ex.Message + next, ex.InnerException ?? ex);
                }

                state = Save(folder, state, fetched);
                outcome = state.Finished ? HarvestOutcome.Finished : HarvestOutcome.LimitReached;
            }
        }

        return new HarvestSummary(outcome, folder.Path, state.PagesSaved - before.PagesSaved, state.RecordsSaved - before.RecordsSaved,
            state.PagesSaved, state.RecordsSaved, fetcher.Requests, fetcher.Retries, adopted, _time.GetElapsedTime(started));
    }

    private HarvestState OpenState(HarvestFolder folder)
    {
        if (folder.LoadState() is { } state)
        {
            if (!state.IsSameHarvest(_options))
            {
                var asked = HarvestState.Start(_options, default);
                throw new HarvestException($"{folder.Path} holds the harvest `{state.Describe()}`; this run asks for `{asked.Describe()}`: give another --out folder (one harvest per folder)");
            }

            if (!state.Finished) _log?.Invoke($"{folder.Path}: resuming after page {state.PagesSaved} ({state.RecordsSaved} records)");
            return state;
        }

        if (folder.HasAnyPage())
            throw new HarvestException($"{folder.Path} holds page files but no harvest state ({HarvestFolder.StateFileName}): not a harvest folder of this program; give another --out folder");
        var fresh = HarvestState.Start(_options, _time.GetUtcNow());
        folder.SaveState(fresh);
        return fresh;
    }

    /// <summary>A run stopped between renaming page n into place and saving the state that counts it: page n is whole, so it is counted from its body.</summary>
    private HarvestState AdoptUncountedPages(HarvestFolder folder, HarvestApi api, HarvestState state)
    {
        while (!state.Finished && folder.HasPage(state.PagesSaved + 1))
        {
            var number = state.PagesSaved + 1;
            var page = api.Parse(folder.ReadPage(number));
            state = state.After(page, _time.GetUtcNow());
            folder.SaveState(state);
            _log?.Invoke($"page {number}: saved by the run that stopped, counted now ({page.Records} records)");
        }

        return state;
    }

    private HarvestState Save(HarvestFolder folder, HarvestState state, FetchedPage fetched)
    {
        var page = fetched.Page;
        if (page.Records == 0)
        {
            // The end of the list (Crossref ends with an empty page): nothing to save but the state.
            var finished = state with { NextCursor = null, Finished = true, UpdatedAt = _time.GetUtcNow() };
            folder.SaveState(finished);
            return finished;
        }

        var number = state.PagesSaved + 1;
        folder.WritePage(number, fetched.Body);
        PageWritten?.Invoke(number);
        var next = state.After(page, _time.GetUtcNow());
        folder.SaveState(next);
        StateSaved?.Invoke(number);
        var total = page.Total is { } t ? $" of {t}" : "";
        _log?.Invoke($"page {number}: {page.Records} records ({next.RecordsSaved}{total})");
        return next;
    }

    private bool LimitReached(HarvestState state) => _options.MaxRecords is { } max && state.RecordsSaved >= max;
}
