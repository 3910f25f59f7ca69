using Akka.Cluster;
using Akka.Cluster.Hosting;
using Akka.Cluster.Hosting.SBR;
using Akka.Hosting;
using Akka.Remote.Hosting;
using Monitoring.Actors.Callers;
using Monitoring.Actors.Cases;
using Monitoring.Actors.Intake;
using Monitoring.Actors.Metrics;
using Monitoring.Actors.Protocol;
using Monitoring.Actors.Serialization;
using Monitoring.Actors.Telephony;
using Monitoring.Actors.Units;

namespace Monitoring.Actors.Hosting;

/// <summary>The actor side in one chain: remoting → serialization → cluster → the shard regions → the Sentinel. The
/// journals it persists to come from the persistence side.</summary>
public static class MonitoringActors
{
    public const string SystemName = "monitoring";

    public static AkkaConfigurationBuilder AddMonitoringActors(this AkkaConfigurationBuilder builder, ClusterNodeOptions cluster,
        CaseSettings cases, RememberedCases remembered, SentinelSettings sentinel, ICaseReadModel readModel, SurgeSettings surge,
        TelephonySettings telephony) =>
        builder
            .AddMonitoringCluster(cluster)
            .AddUnitRegion(readModel, cases.Clock, surge)
            .AddCallerRegion(cases)
            .AddIntakeKeyRegion()
            .AddCaseRegion(cases, remembered)
            .AddCallRegion(telephony, remembered)
            .AddSentinel(readModel, sentinel, cases.Clock)
            .AddAkkaHealthMetrics();

    /// <summary>
    /// Every message that crosses nodes goes through the center's protocol serializer. Akka's fallback for a type without
    /// a binding (Newtonsoft JSON naming CLR types, and reading any type a payload names) is switched off both ways: a
    /// message without a binding fails where it is sent, and a payload for that serializer is refused where it arrives.
    /// </summary>
    private static readonly string SerializationSettings = $"""
        akka.actor.serialization-settings.allow-unregistered-types = false
        akka.actor.serializers.json = "{typeof(RefusedSerializer).AssemblyQualifiedName}"
        """;

    private static AkkaConfigurationBuilder AddMonitoringCluster(this AkkaConfigurationBuilder builder, ClusterNodeOptions cluster) =>
        builder
            .WithRemoting(Remoting(cluster))
            .WithCustomSerializer("protocol", ProtocolSerializer.Manifests.Keys, system => new ProtocolSerializer(system))
            .AddHocon(SerializationSettings, HoconAddMode.Prepend)
            .WithClustering(new ClusterOptions
            {
                SeedNodes = cluster.SeedNodes.Select(s => $"{(cluster.Tls.Enabled ? "akka.ssl.tcp" : "akka.tcp")}://{SystemName}@{s}").ToArray(),
                Roles = cluster.Roles.ToArray(),
                SplitBrainResolver = SplitBrainResolverOption.Default,
            })
            // After a restart with 100,000 open cases a shard's list of them can take longer than the default 5 s to
            // load while other shards' cases recover; a shard that gives up restarts and starts its cases over.
            // A leaving node's singletons (sentinel, read model, shard coordinators) stop on the first hand-over retry
            // when no node takes them: at the default 1 s every stop and rolling restart waited a second for nothing.
            .AddHocon($"""
                akka.cluster.split-brain-resolver.stable-after = {(int)cluster.DowningStableAfter.TotalMilliseconds}ms
                akka.cluster.sharding.updating-state-timeout = 60s
                akka.cluster.singleton.hand-over-retry-interval = 200ms
                akka.cluster.sharding.coordinator-state.write-majority-plus = 0
                """, HoconAddMode.Prepend)
            // Without durable keys sharding keeps no LMDB files on a node's disk; the remembered open cases live in the journal.
            // The coordinators write their state to a plain majority (above: no extra nodes, no minimum of 5): Akka's
            // defaults ask every node of a small cluster, so after a crash each write waited for the dead node until the
            // 60 s timeout and no shard of it found a new home — cases on it were unreachable for a minute (now ~15 s).
            // A write reaches the coordinator's own node and one other, and a new coordinator reads from every node of a
            // small cluster (a majority plus five), so the loss of one node loses nothing.
            .WithShardingDistributedData(new ShardingDDataOptions { MajorityMinimumCapacity = 1, Durable = new DurableOptions { Keys = [] } })
            .WithDistributedPubSub(role: "")
            .AddStartup((system, _) =>
            {
                // Without seed nodes this node is a cluster of its own.
                var node = Cluster.Get(system);
                if (cluster.SeedNodes.Count == 0) node.Join(node.SelfAddress);
            });

    private static RemoteOptions Remoting(ClusterNodeOptions cluster) => cluster.Tls.Enabled
        ? new RemoteOptions { HostName = cluster.Hostname, Port = cluster.Port, EnableSsl = true, Ssl = ClusterTls.Ssl(cluster.Tls) }
        : new RemoteOptions { HostName = cluster.Hostname, Port = cluster.Port };
}
