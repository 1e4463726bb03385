using ExpertGraph.Core.Model;
using Polly;
using Polly.Retry;

namespace ExpertGraph.Ingestion.Pipeline;

/// <summary>
/// How the pipeline rides out a store that is briefly gone (a PostgreSQL restart, a dropped connection, a busy SQLite
/// file): transient <see cref="StoreException"/>s are retried with exponential backoff and jitter, each retry reported
/// as a progress event; anything else, or a failure that outlasts the attempts, stops the run. Only idempotent work
/// goes through it: a batch is retried from its start with the state it began with (see StoreStage).
/// </summary>
internal static class StoreRetry
{
    public static ResiliencePipeline Create(IngestionOptions options, TimeProvider time, RunState run)
    {
        if (options.StoreRetryAttempts == 0) return ResiliencePipeline.Empty;
        return new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<StoreException>(e => e.IsTransient),
                MaxRetryAttempts = options.StoreRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                Delay = options.StoreRetryDelay,
                MaxDelay = TimeSpan.FromSeconds(10),
                UseJitter = true,
                OnRetry = args =>
                {
                    run.Report(null, $"store unavailable ({args.Outcome.Exception?.Message}); try {args.AttemptNumber + 2} of {options.StoreRetryAttempts + 1} in {args.RetryDelay.TotalSeconds:F1} s");
                    return default;
                },
            })
            .Build();
    }
}
