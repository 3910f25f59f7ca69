using Akka.Actor;
using Akka.Cluster;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Monitoring.Server.Health;

/// <summary>Ready once this node is an Up member of the cluster.</summary>
public sealed class ClusterHealthCheck(ActorSystem system) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = Cluster.Get(system).SelfMember.Status;
        return Task.FromResult(status == MemberStatus.Up
            ? HealthCheckResult.Healthy("This node is Up in the cluster.")
            : HealthCheckResult.Unhealthy($"This node is {status} in the cluster."));
    }
}
