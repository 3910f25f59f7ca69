using Akka.Actor;
using Akka.Cluster.Sharding;
using Akka.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Monitoring.Actors.Protocol;

namespace Monitoring.Server.Health;

/// <summary>Ready once every shard region reaches its coordinator: cases, units and callers can be routed.</summary>
public sealed class ShardRegionsHealthCheck(ActorRegistry registry) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var regions = new (string Name, IActorRef Region)[]
        {
            ("case", registry.Get<CaseRegion>()), ("unit", registry.Get<UnitRegion>()), ("caller", registry.Get<CallerRegion>()),
        };
        var waiting = new List<string>();
        foreach (var (name, region) in regions)
        {
            try
            {
                await region.Ask<CurrentRegions>(GetCurrentRegions.Instance, Timeout, cancellationToken);
            }
            catch (AskTimeoutException)
            {
                waiting.Add(name);
            }
        }
        return waiting.Count == 0
            ? HealthCheckResult.Healthy("Every shard region reaches its coordinator.")
            : HealthCheckResult.Unhealthy($"Shard regions not up yet: {string.Join(", ", waiting)}.");
    }
}
