using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Monitoring.Persistence.ReadModel;

namespace Monitoring.Server.Health;

/// <summary>
/// Degraded while the read model is further behind the journal than <see cref="ReadModelOptions.StuckAfter"/>: lists,
/// histories, the Sentinel and the units' rebuild see old data, yet intake and the live wall work, so the node stays in
/// service (200) and says so rather than leaving it (503).
/// </summary>
public sealed class ProjectionHealthCheck(ProjectionLagProbe probe, IOptions<MonitoringOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var stuckAfter = options.Value.ReadModel.StuckAfter;
        try
        {
            var lag = await probe.MeasureAsync(ReadModelProjector.Projection, cancellationToken);
            var data = new Dictionary<string, object> { ["lagSeconds"] = Math.Round(lag.Behind.TotalSeconds, 1), ["lagEvents"] = lag.Events };
            return lag.IsStuck(stuckAfter)
                ? HealthCheckResult.Degraded($"The read model is {lag.Behind.TotalSeconds:0} s ({lag.Events} events) behind the journal, " +
                    $"more than {stuckAfter.TotalSeconds:0} s.", data: data)
                : HealthCheckResult.Healthy("The read model keeps up with the journal.", data);
        }
        catch (Exception e)
        {
            return HealthCheckResult.Degraded("The read model's lag could not be measured.", e);
        }
    }
}
