using System.Collections.Concurrent;
using LinqToDB;
using LinqToDB.Data;
using Monitoring.Actors.Hosting;
using Monitoring.Persistence;
using Monitoring.Persistence.Journal;
using Monitoring.Persistence.Storage;
using Npgsql;

namespace Monitoring.Testing;

/// <summary>
/// The storage a test runs on: a SQLite file in the test's folder, or, in the PostgreSQL pass of the suites, a database
/// of its own on the throwaway server; the same folder always means the same database, so restarts find their data.
/// </summary>
public static class TestStorage
{
    private static readonly ConcurrentDictionary<string, string> PostgresByFolder = new();

    public static StorageOptions For(string folder) => PostgresServer.Selected
        ? new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = PostgresByFolder.GetOrAdd(folder, _ => PostgresServer.NewDatabase()) }
        : new StorageOptions { Provider = StorageProvider.Sqlite, ConnectionString = $"Data Source={Path.Combine(folder, "monitoring.db")}" };

    /// <summary>
    /// Closes the connections a finished test left open to its database, and drops it. Npgsql keeps an idle connection
    /// for five minutes; with a database per test, a suite filled the server's 300 slots ("too many clients") within two.
    /// Clearing the pools alone left a connection that the finished server's last loops took after the clear; dropping
    /// the database ends those too.
    /// </summary>
    public static void Release(string folder)
    {
        if (!PostgresByFolder.TryRemove(folder, out var connectionString)) return;
        var storage = new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = connectionString };
        foreach (var pooled in new[] { storage.ConnectionString, storage.JournalConnection, storage.ShardingConnection, storage.ReadModelConnection }.Distinct())
        {
            using var connection = new NpgsqlConnection(pooled);
            NpgsqlConnection.ClearPool(connection);
        }
        PostgresServer.Instance.DropDatabase(new NpgsqlConnectionStringBuilder(connectionString).Database!);
    }

    /// <summary>Connections open to the test's database: its server's backends on PostgreSQL, this process's open files of it on SQLite.</summary>
    public static int OpenConnections(string folder, string connectionString) => PostgresServer.Selected
        ? PostgresServer.Instance.Backends(new NpgsqlConnectionStringBuilder(connectionString).Database!)
        : Directory.GetFiles("/proc/self/fd").Count(fd =>
            new FileInfo(fd).LinkTarget is { } target && target.StartsWith(folder, StringComparison.Ordinal));

    /// <summary>Runs one query against the test's read model, whichever database holds it.</summary>
    public static T Scalar<T>(string folder, string sql, params DataParameter[] parameters)
    {
        using var db = Open(folder, s => s.ReadModelConnection);
        return db.Execute<T>(sql, parameters);
    }

    public static void Execute(string folder, string sql)
    {
        using var db = Open(folder, s => s.ReadModelConnection);
        db.Execute(sql);
    }

    /// <summary>Runs one statement against the test's people database (users, passkeys, the audit trail).</summary>
    public static void ExecutePeople(string folder, string sql)
    {
        using var db = Open(folder, s => s.PeopleConnection);
        db.Execute(sql);
    }

    /// <summary>
    /// Holds the read model's tables so that the projector cannot write to them until the result is disposed (reads go on):
    /// a read model behind the journal, as after a restart.
    /// </summary>
    public static IDisposable HoldReadModel(string folder)
    {
        var db = Open(folder, s => s.ReadModelConnection);
        // On SQLite a transaction begins by taking the file's write lock (BEGIN IMMEDIATE).
        db.BeginTransaction();
        if (PostgresServer.Selected) db.Execute("LOCK TABLE rm_case, rm_offset IN EXCLUSIVE MODE");
        return db;
    }

    public static long JournalRows(string folder)
    {
        using var db = Open(folder, s => s.ConnectionString);
        return db.Execute<long>("SELECT COUNT(*) FROM journal");
    }

    /// <summary>Rows of the journal whose persistence id or stored bytes hold <paramref name="text"/> (as UTF-8): what a
    /// purge must leave none of.</summary>
    public static long JournalRowsHolding(string folder, string text)
    {
        using var db = Open(folder, s => s.ConnectionString);
        var sql = PostgresServer.Selected
            ? "SELECT COUNT(*) FROM journal WHERE position(@text in persistence_id) > 0 OR position(@bytes in message) > 0"
            : "SELECT COUNT(*) FROM journal WHERE instr(persistence_id, @text) > 0 OR instr(message, @bytes) > 0";
        return db.Execute<long>(sql, new DataParameter("text", text, DataType.NVarChar),
            new DataParameter("bytes", System.Text.Encoding.UTF8.GetBytes(text), DataType.VarBinary));
    }

    /// <summary>Rows in the sharding journal, where remembered open cases are started and stopped.</summary>
    public static long ShardingRows(string folder)
    {
        using var db = Open(folder, s => s.ShardingConnection);
        return db.Execute<long>("SELECT COUNT(*) FROM sharding_journal");
    }

    private static DataConnection Open(string folder, Func<StorageOptions, string> connection)
    {
        var storage = For(folder);
        return new DataConnection(new DataOptions().UseConnectionString(storage.DataProvider, connection(storage)));
    }
}
