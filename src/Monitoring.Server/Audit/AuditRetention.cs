using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Monitoring.Server.Audit;

/// <summary>
/// The one path that removes lines: those older than <c>Monitoring:Audit:RetentionDays</c>, at start and every
/// <see cref="Interval"/>; a purge that removed any is itself a line. Every node runs it; two at once remove the same
/// lines once.
/// </summary>
public sealed partial class AuditRetention(IDbContextFactory<AuditDb> databases, AuditTrail trail, IOptions<MonitoringOptions> options,
    TimeProvider time, ILogger<AuditRetention> logger) : BackgroundService
{
    public const string Action = "audit.purge";
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>Removes the lines past retention; returns how many.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellation = default)
    {
        var cutoff = (time.GetUtcNow() - TimeSpan.FromDays(options.Value.Audit.RetentionDays)).UtcDateTime;
        await using var db = await databases.CreateDbContextAsync(cancellation);
        var removed = await db.Entries.Where(e => e.At < cutoff).ExecuteDeleteAsync(cancellation);
        if (removed > 0) trail.RecordJob(Action, $"{removed} lines before {cutoff:yyyy-MM-ddTHH:mm:ssZ} removed");
        return removed;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicJob.RunAsync(Interval, time, PurgeAsync, e => LogFailed(logger, e), stoppingToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Audit: the retention purge failed; it is tried again within the hour")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
