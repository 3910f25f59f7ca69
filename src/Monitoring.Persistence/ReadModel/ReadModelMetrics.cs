using Prometheus;

namespace Monitoring.Persistence.ReadModel;

/// <summary>The projection's metrics, named as the actor side's (<c>MonitoringMetrics</c>) are.</summary>
public static class ReadModelMetrics
{
    public static readonly Gauge ProjectionLag = Metrics.CreateGauge("monitoring_projection_lag_seconds",
        "Seconds the oldest journal event past a projection's stored offset has waited (0 when caught up), by projection.", "projection");

    public static readonly Gauge ProjectionLagEvents = Metrics.CreateGauge("monitoring_projection_lag_events",
        "Journal numbers between a projection's stored offset and the journal's head, by projection.", "projection");

    public static readonly Gauge ProjectionStuck = Metrics.CreateGauge("monitoring_projection_stuck",
        "1 while a projection is further behind the journal than Monitoring:ReadModel:StuckAfter, else 0, by projection.", "projection");

    public static readonly Counter ProjectionQuarantined = Metrics.CreateCounter("monitoring_projection_quarantined_total",
        "Journal events a projection could not write and set aside in rm_quarantine, by projection.", "projection");
}
