using Prometheus;

namespace Monitoring.Server.Wall;

/// <summary>The live feed's own metric, named as the actor side's (<c>MonitoringMetrics</c>) are.</summary>
public static class WallMetrics
{
    public static readonly Gauge ConnectedClients = Metrics.CreateGauge("monitoring_connected_clients",
        "Browsers connected to this node's live feed, by view (wall, console).", "view");
}
