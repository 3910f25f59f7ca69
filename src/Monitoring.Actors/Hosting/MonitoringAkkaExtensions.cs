using System.Data;
using Akka.Actor;
using Akka.Cluster;
using Akka.Cluster.Hosting;
using Akka.Cluster.Hosting.SBR;
using Akka.Cluster.Sharding;
using Akka.Hosting;
using Akka.Persistence.Sql.Hosting;
using Akka.Remote.Hosting;
using Monitoring.Actors.Callers;
using Monitoring.Actors.Metrics;
using Monitoring.Actors.Cases;
using Monitoring.Actors.Protocol;
using Monitoring.Actors.ReadModel;
using Monitoring.Actors.Serialization;
using Monitoring.Actors.Units;
using Monitoring.Actors.Wall;

namespace Monitoring.Actors.Hosting;

/// <summary>The whole actor side in one chain: remoting → serialization → cluster → SQL persistence → shard regions.</summary>
public static class MonitoringAkkaExtensions
{
    public const string SystemName = "monitoring";
    private const string ShardingJournalId = "sharding";
    private const int CaseShards = 100;
    private const int UnitShards = 30;
    private const int CallerShards = 100;

    public static AkkaConfigurationBuilder AddMonitoring(
        this AkkaConfigurationBuilder builder, MonitoringOptions options, TimeProvider clock, ReadModelStore readModel)
    {
        var caseSettings = new CaseSettings(options.Sla.ToPolicy(), clock, readModel.Tree);
        var sentinelSettings = new SentinelSettings(options.Sentinel.Interval, options.Sentinel.Grace);
        return builder
            .WithRemoting(new RemoteOptions { HostName = options.Cluster.Hostname, Port = options.Cluster.Port })
            .WithCustomSerializer("monitoring", JournalSerializer.BoundTypes, system => new JournalSerializer(system))
            .WithClustering(new ClusterOptions
            {
                SeedNodes = options.Cluster.SeedNodes.Select(s => $"akka.tcp://{SystemName}@{s}").ToArray(),
                Roles = options.Cluster.Roles.ToArray(),
                SplitBrainResolver = SplitBrainResolverOption.Default,
            })
            .AddHocon($"akka.cluster.split-brain-resolver.stable-after = {(int)options.Cluster.DowningStableAfter.TotalMilliseconds}ms",
                HoconAddMode.Prepend)
            // After a restart with 100,000 open cases a shard's list of them can take longer than the default 5 s to
            // load while other shards' cases recover; a shard that gives up restarts and starts its cases over.
            .AddHocon("akka.cluster.sharding.updating-state-timeout = 60s", HoconAddMode.Prepend)
            .AddMonitoringStorage(options.Storage)
            .WithDistributedPubSub(role: "")
            .WithShardRegion<UnitRegion>("unit",
                // Resolved when a unit starts, by then the case region is up.
                (_, registry, _) => entityId => Props.Create(typeof(UnitActor), entityId, readModel, registry.Get<CaseRegion>()),
                new EntityExtractor<IWithUnitId>(UnitShards, m => m.UnitId.Value),
                // A unit's queue lives only in its actor: a quiet unit put to sleep after two idle minutes woke up empty.
                new ShardOptions { StateStoreMode = StateStoreMode.DData, ShouldPassivateIdleEntities = false })
            .WithShardRegion<CallerRegion>("caller",
                entityId => Props.Create(typeof(CallerActor), entityId),
                new EntityExtractor<IWithCallerNumber>(CallerShards, m => m.Caller.Value),
                new ShardOptions { StateStoreMode = StateStoreMode.DData })
            .WithShardRegion<CaseRegion>("case",
                (_, registry, _) => entityId => Props.Create(typeof(CaseActor), entityId, caseSettings,
                    registry.Get<UnitRegion>(), registry.Get<CallerRegion>()),
                new EntityExtractor<IWithCaseId>(CaseShards, m => m.CaseId.Value),
                new ShardOptions
                {
                    StateStoreMode = StateStoreMode.DData,
                    // Open cases come back by themselves after a restart, so their deadlines are re-armed.
                    RememberEntities = true,
                    RememberEntitiesStore = RememberEntitiesStore.Eventsourced,
                    JournalPluginId = Journal(options.Storage, ShardingJournalId, isDefault: false).PluginId,
                    SnapshotPluginId = Snapshots(options.Storage, ShardingJournalId, isDefault: false).PluginId,
                })
            // Nobody sends to these singletons, so no proxies.
            .WithSingleton<ReadModelProjector>("read-model", Props.Create(typeof(ReadModelProjector), readModel), createProxyToo: false)
            .WithSingleton<Sentinel>("sentinel", (_, registry, _) =>
                Props.Create(typeof(Sentinel), readModel, registry.Get<CaseRegion>(), sentinelSettings, clock), createProxyToo: false)
            .WithActors((system, _) => system.ActorOf(Props.Create(typeof(AkkaHealthMetrics)), "akka-metrics"))
            .WithActors((system, _) => system.ActorOf(Props.Create(typeof(ProjectionMetrics),
                new ProjectionLagProbe(readModel, options.Storage), options.ReadModel.StuckAfter), "projection-metrics"))
            .AddStartup((system, _) =>
            {
                // Without seed nodes this node is a cluster of its own.
                var cluster = Cluster.Get(system);
                if (options.Cluster.SeedNodes.Count == 0) cluster.Join(cluster.SelfAddress);
            });
    }

    /// <summary>This node's wall feed: every case change in the cluster, batched to the sink every <paramref name="interval"/>.</summary>
    public static AkkaConfigurationBuilder AddWallFeed(this AkkaConfigurationBuilder builder, IWallSink sink, TimeSpan interval) =>
        builder.WithActors((system, registry) =>
            registry.Register<WallFeed>(system.ActorOf(Props.Create(typeof(WallFeed), sink, interval), "wall-feed")));

    /// <summary>The journals, snapshot stores and query plugin as the center configures them (the benchmark measures them bare).</summary>
    public static AkkaConfigurationBuilder AddMonitoringStorage(this AkkaConfigurationBuilder builder, StorageOptions storage)
    {
        if (storage.Provider == StorageProvider.Sqlite)
        {
            SqliteStorage.Prepare(storage.ConnectionString);
            SqliteStorage.Prepare(storage.ShardingConnection);
            // SQLite has one writer: one connection per journal, large batches (shared/STACK.md: ~2,900 events/s).
            builder.AddHocon($$"""
                akka.persistence.journal.sql { parallelism = 1, batch-size = 500 }
                akka.persistence.journal.{{ShardingJournalId}} { parallelism = 1, batch-size = 500 }
                """, HoconAddMode.Prepend);
        }
        // Projections see new events within a fraction of a second rather than the plugin's default second. A gap in the
        // journal's ordering (a transaction not yet committed) is still waited for ten seconds, as by default: given up
        // sooner, a slow commit's events would lie behind the projection and never reach the read model.
        builder.AddHocon("""
            akka.persistence.query.journal.sql {
              refresh-interval = 100ms
              journal-sequence-retrieval { query-delay = 100ms, max-tries = 100 }
            }
            """, HoconAddMode.Prepend);
        // Nearly every call wakes a caller or case that was never seen before, each with an (empty) recovery; the default of
        // 50 at once queues the intake behind them.
        builder.AddHocon("akka.persistence.max-concurrent-recoveries = 1000", HoconAddMode.Prepend);
        // ... and those recoveries read their highest sequence numbers together; both journals write through prepared statements.
        builder.AddHocon($$"""
            akka.persistence.journal.sql.class = "{{typeof(BatchedJournal).AssemblyQualifiedName}}"
            akka.persistence.journal.{{ShardingJournalId}}.class = "{{typeof(BatchedJournal).AssemblyQualifiedName}}"
            """, HoconAddMode.Prepend);
        // A cloned linq2db connection rebuilds its mapping schema, so every query is translated afresh: measured, the
        // largest cost per event; a new connection from the plugin's prepared options does not.
        builder.AddHocon("""
            akka.persistence.journal.sql.use-clone-connection = false
            akka.persistence.journal.sharding.use-clone-connection = false
            akka.persistence.snapshot-store.sql.use-clone-connection = false
            akka.persistence.snapshot-store.sharding.use-clone-connection = false
            akka.persistence.query.journal.sql.use-clone-connection = false
            """, HoconAddMode.Prepend);
        // The remembered open cases get tables of their own: on PostgreSQL both journals share a database, and the
        // projection reads every event of the center's journal table.
        builder.AddHocon($$"""
            akka.persistence.journal.{{ShardingJournalId}}.default.journal.table-name = sharding_journal
            akka.persistence.journal.{{ShardingJournalId}}.default.metadata.table-name = sharding_journal_metadata
            akka.persistence.journal.{{ShardingJournalId}}.default.tag.table-name = sharding_tags
            akka.persistence.snapshot-store.{{ShardingJournalId}}.default.snapshot.table-name = sharding_snapshot
            """, HoconAddMode.Prepend);
        // Without durable keys sharding keeps no LMDB files on local disk; remembered entities live in the journal.
        builder.AddHocon("akka.cluster.sharding.distributed-data.durable.keys = []", HoconAddMode.Prepend);
        return builder
            .WithSqlPersistence(Journal(storage, "sql", isDefault: true), Snapshots(storage, "sql", isDefault: true))
            .WithSqlPersistence(Journal(storage, ShardingJournalId, isDefault: false), Snapshots(storage, ShardingJournalId, isDefault: false));
    }

    private static SqlJournalOptions Journal(StorageOptions storage, string id, bool isDefault) => new(isDefault, id)
    {
        ConnectionString = isDefault ? storage.JournalConnection : storage.ShardingConnection,
        ProviderName = storage.DataProvider,
        AutoInitialize = true,
        ReadIsolationLevel = ReadIsolation(storage.Provider),
    };

    private static SqlSnapshotOptions Snapshots(StorageOptions storage, string id, bool isDefault) => new(isDefault, id)
    {
        ConnectionString = isDefault ? storage.JournalConnection : storage.ShardingConnection,
        ProviderName = storage.DataProvider,
        AutoInitialize = true,
        ReadIsolationLevel = ReadIsolation(storage.Provider),
    };

    /// <summary>On SQLite the plugin's default reads take the write lock; read-uncommitted lets them run beside the writer.</summary>
    private static IsolationLevel? ReadIsolation(StorageProvider provider) =>
        provider == StorageProvider.Sqlite ? IsolationLevel.ReadUncommitted : null;
}
