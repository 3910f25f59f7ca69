using Microsoft.Extensions.Options;
using Monitoring.Persistence.Retention;
using Monitoring.Server.Audit;

namespace Monitoring.Server.Retention;

/// <summary>
/// Purges the personal data of cases and interactions past <c>Monitoring:Retention:Days</c> (see
/// <see cref="RetentionPurge"/>), at start and every <see cref="Interval"/>. Every node runs it rather than a cluster
/// singleton: each step is idempotent and selects only what still holds personal data, so a second node finds nothing
/// or changes each row once, and the job needs no actor, no hand-over and no node that must be up for it to run. A run
/// that purged something, or failed, is one line of the audit trail; a run with nothing to purge writes none, so that
/// N nodes do not add N lines an hour saying so (the counter shows the job is alive).
/// </summary>
public sealed partial class RetentionJob(RetentionPurge purge, AuditTrail trail, IOptions<MonitoringOptions> options, TimeProvider time,
    ILogger<RetentionJob> logger) : BackgroundService
{
    public const string Action = "retention.purge";
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    private RetentionOptions Settings => options.Value.Retention;

    /// <summary>One purge as of <paramref name="now"/> (the clock's time when the job runs; a later one in tests); returns
    /// what it removed, nothing when retention is off.</summary>
    public async Task<RetentionCounts> RunOnceAsync(DateTimeOffset now, CancellationToken cancellation = default)
    {
        if (!Settings.Enabled) return RetentionCounts.None;
        var cutoff = now - Settings.Period;
        var target = cutoff.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ");
        RetentionCounts counts;
        try
        {
            counts = await purge.PurgeAsync(cutoff, cancellation);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            trail.RecordJob(Action, $"failed: {e.Message}", target, AuditOutcome.Failed);
            throw;
        }
        RetentionMetrics.Count(counts);
        if (counts.Any) trail.RecordJob(Action, counts.ToString(), target);
        return counts;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Settings.Enabled
        ? PeriodicJob.RunAsync(Interval, time, c => RunOnceAsync(time.GetUtcNow(), c), e => LogFailed(logger, e), stoppingToken)
        : Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention: the purge failed; what it did not finish is purged by the next run within the hour")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
