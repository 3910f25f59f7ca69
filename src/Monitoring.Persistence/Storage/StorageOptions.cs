namespace Monitoring.Persistence.Storage;

public enum StorageProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary><c>Monitoring:Storage</c>: which database holds the journal, the remembered open cases and the read model.</summary>
public sealed class StorageOptions
{
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>The journal and snapshots.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/monitoring.db";

    /// <summary>The remembered open cases; unset means beside the journal (on SQLite a file of its own next to it).</summary>
    public string? ShardingConnectionString { get; set; }

    /// <summary>The read-model tables; unset means beside the journal (on SQLite a file of its own next to it).</summary>
    public string? ReadModelConnectionString { get; set; }

    /// <summary>The people who sign in and the API tokens; unset means beside the journal (on SQLite a file of its own next to it).</summary>
    public string? PeopleConnectionString { get; set; }

    /// <summary>The journal's connection as the center opens it.</summary>
    public string JournalConnection => Provider == StorageProvider.PostgreSql ? PostgresStorage.Tune(ConnectionString) : ConnectionString;

    public string ShardingConnection => Resolve(ShardingConnectionString, "sharding");

    public string ReadModelConnection => Resolve(ReadModelConnectionString, "readmodel");

    public string PeopleConnection => Resolve(PeopleConnectionString, "people");

    /// <summary>SQLite lets one writer into a file at a time, and a writer that finds it busy retries after a sleep of
    /// 150 ms: the journal, the sharding state and the projections each get a file, so none waits for another.</summary>
    private string Resolve(string? configured, string part) =>
        Provider == StorageProvider.PostgreSql ? PostgresStorage.Tune(string.IsNullOrWhiteSpace(configured) ? ConnectionString : configured)
        : !string.IsNullOrWhiteSpace(configured) ? configured
        : SqliteStorage.Beside(ConnectionString, part);

    /// <summary>The linq2db provider the journal and every other query use.</summary>
    public string DataProvider => Provider switch
    {
        StorageProvider.Sqlite => LinqToDB.ProviderName.SQLiteMS,
        StorageProvider.PostgreSql => LinqToDB.ProviderName.PostgreSQL15,
        _ => throw new ArgumentOutOfRangeException(nameof(Provider), Provider, null),
    };
}
