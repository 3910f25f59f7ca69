using Monitoring.Persistence.Retention;
using Prometheus;

namespace Monitoring.Server.Retention;

/// <summary>What the retention purge removed, by kind: the rate an operator checks the job against.</summary>
public static class RetentionMetrics
{
    public static readonly Counter Purged = Metrics.CreateCounter("monitoring_retention_purged_total",
        "Rows the retention purge changed: cases made anonymous (case), interactions gone from callers' histories (interaction), " +
        "journal events redacted (case_event) or deleted (caller_event).", "kind");

    public static void Count(RetentionCounts counts)
    {
        Purged.WithLabels("case").Inc(counts.Cases);
        Purged.WithLabels("interaction").Inc(counts.Interactions);
        Purged.WithLabels("case_event").Inc(counts.CaseEvents);
        Purged.WithLabels("caller_event").Inc(counts.CallerEvents);
    }
}
