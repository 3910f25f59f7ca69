using System.Data;
using Akka.Hosting;
using Akka.Persistence.Sql.Hosting;
using Monitoring.Actors.Cases;
using Monitoring.Persistence.Journal;
using Monitoring.Persistence.Storage;

namespace Monitoring.Persistence;

/// <summary>
/// The journals and snapshot stores as the center configures them: the center's own (every case and caller event, read
/// by the projection) and one for the open cases sharding remembers. What Akka.Hosting's typed options can say is said
/// there; the rest is <see cref="Tuning"/>. The benchmark measures this same configuration bare.
/// </summary>
public static class MonitoringPersistence
{
    private const string Center = "sql";
    private const string Sharding = "sharding";

    /// <summary>The configuration path of the center's journal: every case and caller event.</summary>
    public const string CenterJournal = "akka.persistence.journal." + Center;

    /// <summary>Where the case region keeps its remembered open cases.</summary>
    public static readonly RememberedCases RememberedCases =
        new($"akka.persistence.journal.{Sharding}", $"akka.persistence.snapshot-store.{Sharding}");

    /// <summary>
    /// Settings the typed options do not carry, each with the reason it was measured for:
    /// <list type="bullet">
    /// <item>Both journals are the center's <see cref="BatchedJournal"/>: recovering actors read their highest sequence
    /// numbers together, and the journal writes through prepared statements.</item>
    /// <item><c>use-clone-connection = false</c>: a cloned linq2db connection rebuilds its mapping schema, so every query
    /// was translated afresh — measured, the largest cost per event; a new connection from the plugin's prepared options
    /// does not.</item>
    /// <item><c>max-concurrent-recoveries = 1000</c>: nearly every call wakes a caller or case never seen before, each
    /// with an (empty) recovery; the default of 50 at once queued the intake behind them.</item>
    /// <item>The projection's gap detection keeps the default ten seconds (100 tries of 100 ms): given up sooner, a slow
    /// commit's events would lie behind the projection and never reach the read model.</item>
    /// </list>
    /// </summary>
    private static readonly string Tuning = $$"""
        akka.persistence.max-concurrent-recoveries = 1000
        akka.persistence.journal.{{Center}} { class = "{{typeof(BatchedJournal).AssemblyQualifiedName}}", use-clone-connection = false }
        akka.persistence.journal.{{Sharding}} { class = "{{typeof(BatchedJournal).AssemblyQualifiedName}}", use-clone-connection = false }
        akka.persistence.snapshot-store.{{Center}}.use-clone-connection = false
        akka.persistence.snapshot-store.{{Sharding}}.use-clone-connection = false
        akka.persistence.query.journal.{{Center}} {
          use-clone-connection = false
          journal-sequence-retrieval { query-delay = 100ms, max-tries = 100 }
        }
        """;

    /// <summary>SQLite has one writer: one connection per journal and large batches (shared/STACK.md: ~2,900 events/s).</summary>
    private const string SqliteTuning = $$"""
        akka.persistence.journal.{{Center}} { parallelism = 1, batch-size = 500 }
        akka.persistence.journal.{{Sharding}} { parallelism = 1, batch-size = 500 }
        """;

    public static AkkaConfigurationBuilder WithMonitoringPersistence(this AkkaConfigurationBuilder builder, StorageOptions storage)
    {
        if (storage.Provider == StorageProvider.Sqlite)
        {
            SqliteStorage.Prepare(storage.ConnectionString);
            SqliteStorage.Prepare(storage.ShardingConnection);
            builder.AddHocon(SqliteTuning, HoconAddMode.Prepend);
        }
        return builder
            .WithCustomSerializer("monitoring", JournalSerializer.BoundTypes, system => new JournalSerializer(system))
            .AddHocon(Tuning, HoconAddMode.Prepend)
            .WithSqlPersistence(
                Journal(storage, Center, storage.JournalConnection, tables: null),
                Snapshots(storage, Center, storage.JournalConnection, tables: null))
            // The remembered open cases get tables of their own: on PostgreSQL both journals share a database, and the
            // projection reads every event of the center's journal table.
            .WithSqlPersistence(
                Journal(storage, Sharding, storage.ShardingConnection, new JournalDatabaseOptions(DatabaseMapping.Default)
                {
                    JournalTable = new JournalTableOptions { TableName = "sharding_journal" },
                    MetadataTable = new MetadataTableOptions { TableName = "sharding_journal_metadata" },
                    TagTable = new TagTableOptions { TableName = "sharding_tags" },
                }),
                Snapshots(storage, Sharding, storage.ShardingConnection, new SnapshotDatabaseOptions(DatabaseMapping.Default)
                {
                    SnapshotTable = new SnapshotTableOptions { TableName = "sharding_snapshot" },
                }));
    }

    private static SqlJournalOptions Journal(StorageOptions storage, string id, string connection, JournalDatabaseOptions? tables) =>
        new(id == Center, id)
        {
            ConnectionString = connection,
            ProviderName = storage.DataProvider,
            AutoInitialize = true,
            DatabaseOptions = tables,
            ReadIsolationLevel = ReadIsolation(storage.Provider),
            // Projections see new events within a fraction of a second rather than the plugin's default second.
            QueryRefreshInterval = TimeSpan.FromMilliseconds(100),
        };

    private static SqlSnapshotOptions Snapshots(StorageOptions storage, string id, string connection, SnapshotDatabaseOptions? tables) =>
        new(id == Center, id)
        {
            ConnectionString = connection,
            ProviderName = storage.DataProvider,
            AutoInitialize = true,
            DatabaseOptions = tables,
            ReadIsolationLevel = ReadIsolation(storage.Provider),
        };

    /// <summary>On SQLite the plugin's default reads take the write lock; read-uncommitted lets them run beside the writer.</summary>
    private static IsolationLevel? ReadIsolation(StorageProvider provider) =>
        provider == StorageProvider.Sqlite ? IsolationLevel.ReadUncommitted : null;
}
