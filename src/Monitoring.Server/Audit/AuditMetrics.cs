using Prometheus;

namespace Monitoring.Server.Audit;

/// <summary>The trail's own metrics: a line lost is something an auditor must be able to see.</summary>
public static class AuditMetrics
{
    public const string QueueFull = "queue_full";
    public const string WriteFailed = "write_failed";

    public static readonly Counter Dropped = Metrics.CreateCounter("monitoring_audit_dropped_total",
        "Audit lines lost: the writer's queue was full (queue_full), or the database refused them after retries (write_failed).", "reason");

    public static readonly Counter Written = Metrics.CreateCounter("monitoring_audit_written_total", "Audit lines written to people_audit.");
}
