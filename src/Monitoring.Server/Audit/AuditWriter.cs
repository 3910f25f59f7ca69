using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;

namespace Monitoring.Server.Audit;

/// <summary>
/// Empties the trail's queue into <c>people_audit</c>, as many lines per insert as are waiting (up to
/// <see cref="BatchSize"/>). A database away is retried a few times while the queue holds what arrives meanwhile; a
/// batch still refused is dropped and counted. On shutdown what was queued is written first.
/// </summary>
public sealed partial class AuditWriter(AuditTrail trail, IDbContextFactory<AuditDb> databases, ILogger<AuditWriter> logger) : BackgroundService
{
    public const int BatchSize = 500;
    private const int Attempts = 3;
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = trail.Reader;
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken)) await DrainAsync(reader, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is queued is still written, below.
        }
        await DrainAsync(reader, CancellationToken.None);
    }

    private async Task DrainAsync(ChannelReader<AuditEntry> reader, CancellationToken stopping)
    {
        var batch = new List<AuditEntry>(BatchSize);
        while (true)
        {
            batch.Clear();
            while (batch.Count < BatchSize && reader.TryRead(out var entry)) batch.Add(entry);
            if (batch.Count == 0) return;
            await WriteAsync(batch, stopping);
        }
    }

    private async Task WriteAsync(List<AuditEntry> batch, CancellationToken stopping)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var db = await databases.CreateDbContextAsync(CancellationToken.None);
                db.Entries.AddRange(batch);
                await db.SaveChangesAsync(CancellationToken.None);
                AuditMetrics.Written.Inc(batch.Count);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                if (attempt < Attempts && !stopping.IsCancellationRequested)
                {
                    LogRetry(logger, batch.Count, attempt, e.Message);
                    await Task.Delay(RetryAfter, CancellationToken.None);
                    continue;
                }
                AuditMetrics.Dropped.WithLabels(AuditMetrics.WriteFailed).Inc(batch.Count);
                LogDropped(logger, batch.Count, e);
                return;
            }
        }
    }

    // The lines themselves are never logged: a target may be a caller's number.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Audit: writing {Count} lines failed (attempt {Attempt}), retrying: {Reason}")]
    private static partial void LogRetry(ILogger logger, int count, int attempt, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit: {Count} lines could not be written and are lost (monitoring_audit_dropped_total)")]
    private static partial void LogDropped(ILogger logger, int count, Exception exception);
}
