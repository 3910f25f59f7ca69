using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Monitoring.Actors.Hosting;
using Monitoring.Persistence;
using Monitoring.Persistence.Journal;
using Monitoring.Persistence.Storage;
using Npgsql;

namespace Monitoring.Benchmarks;

/// <summary>
/// The database's own limit for the journal's work, so the center's intake can be read against it: rows of the
/// journal's shape written the fastest honest ways the database offers, on a table of the journal's shape with its
/// unique key, with the durability the center runs with (SQLite in WAL mode as <see cref="SqliteStorage"/> leaves it;
/// the benchmark's PostgreSQL syncs every commit), every transaction committed and its rows counted back. Each way
/// runs <c>runs</c> times on a fresh table and keeps its median, as the machine's speed drifts; the fastest way is
/// the ceiling.
/// </summary>
public static class DatabaseCeiling
{
    /// <summary><paramref name="Loads"/>: the machine's 1-minute load average before each run, as others share it.</summary>
    public sealed record Measurement(string Method, int Clients, double RowsPerSecond, IReadOnlyList<double> Runs, IReadOnlyList<string> Loads)
    {
        public override string ToString() =>
            $"{Method}: {Clients} client{(Clients == 1 ? "" : "s")}, {CeilingRows.PerTransaction} rows per transaction, {RowsPerSecond:0} rows/s "
            + $"(median of {Runs.Count}: {string.Join(", ", Runs.Select(r => r.ToString("0")))}; load average before each: {string.Join(", ", Loads)})";
    }

    public sealed record Figures(string Durability, IReadOnlyList<Measurement> Methods)
    {
        public Measurement Best => Methods.MaxBy(m => m.RowsPerSecond)!;
    }

    public static async Task<Figures> MeasureAsync(StorageOptions storage, TimeSpan duration, int runs, Action<string> say)
    {
        var sqlite = storage.Provider == StorageProvider.Sqlite;
        if (sqlite) SqliteStorage.Prepare(storage.ConnectionString);
        var durability = await DurabilityAsync(storage);
        say($"database ceiling, durability as the center runs: {durability}");

        var measurements = new List<Measurement>();
        foreach (var method in sqlite ? [SqliteCeiling.PreparedInsert] : PostgresCeiling.Methods())
        {
            var (each, loads) = (new List<double>(), new List<string>());
            for (var run = 0; run < runs; run++)
            {
                loads.Add(LoadAverage());
                each.Add(await RunAsync(storage, method, duration));
            }
            var measurement = new Measurement(method.Name, method.Clients, each.Order().ElementAt(each.Count / 2), each, loads);
            say($"database ceiling, {measurement}");
            measurements.Add(measurement);
        }
        var figures = new Figures(durability, measurements);
        say($"database ceiling: {figures.Best.RowsPerSecond:0} rows/s, the fastest way above ({figures.Best.Method}, {figures.Best.Clients} client(s))");
        return figures;
    }

    private static async Task<double> RunAsync(StorageOptions storage, CeilingMethod method, TimeSpan duration)
    {
        var sqlite = storage.Provider == StorageProvider.Sqlite;
        await using var setup = Open(storage);
        await ScalarAsync(setup, sqlite
            ? "CREATE TABLE bench_journal (ordering INTEGER PRIMARY KEY AUTOINCREMENT, deleted INTEGER NOT NULL, persistence_id TEXT NOT NULL, sequence_number INTEGER NOT NULL, created INTEGER NOT NULL, manifest TEXT NOT NULL, message BLOB NOT NULL, identifier INTEGER, writer_uuid TEXT, UNIQUE (persistence_id, sequence_number))"
            : "CREATE TABLE bench_journal (ordering BIGSERIAL PRIMARY KEY, deleted BOOLEAN NOT NULL, persistence_id VARCHAR(255) NOT NULL, sequence_number BIGINT NOT NULL, created BIGINT NOT NULL, manifest VARCHAR(500) NOT NULL, message BYTEA NOT NULL, identifier INT, writer_uuid VARCHAR(128), UNIQUE (persistence_id, sequence_number))");
        try
        {
            // Connections are opened before the clock starts: the journal keeps its own open (a pool on PostgreSQL).
            var clients = await Task.WhenAll(Enumerable.Range(0, method.Clients)
                .Select(c => method.ConnectAsync(storage.JournalConnection, new CeilingRows(c))));
            var written = new long[clients.Length];
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(clients.Select((client, c) => Task.Run(async () =>
            {
                for (var transaction = 0L; clock.Elapsed < duration; transaction++)
                {
                    await client.WriteAsync(transaction);
                    written[c] += CeilingRows.PerTransaction;
                }
            })));
            var elapsed = clock.Elapsed;
            foreach (var client in clients) await client.DisposeAsync();

            var stored = Convert.ToInt64(await ScalarAsync(setup, "SELECT COUNT(*) FROM bench_journal"));
            if (stored != written.Sum()) throw new InvalidOperationException($"{method.Name}: wrote {written.Sum()} rows, {stored} stored");
            return stored / elapsed.TotalSeconds;
        }
        finally
        {
            // A fresh table for every run: an index grown by the run before would slow the next.
            await ScalarAsync(setup, "DROP TABLE bench_journal");
        }
    }

    private static async Task<string> DurabilityAsync(StorageOptions storage)
    {
        await using var connection = Open(storage);
        return storage.Provider == StorageProvider.Sqlite
            ? $"journal_mode {await ScalarAsync(connection, "PRAGMA journal_mode")}, synchronous {SqliteSynchronous[Convert.ToInt32(await ScalarAsync(connection, "PRAGMA synchronous"))]}"
            : $"fsync {await ScalarAsync(connection, "SHOW fsync")}, synchronous_commit {await ScalarAsync(connection, "SHOW synchronous_commit")}";
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static readonly string[] SqliteSynchronous = ["OFF", "NORMAL", "FULL", "EXTRA"];

    private static DbConnection Open(StorageOptions storage)
    {
        DbConnection connection = storage.Provider == StorageProvider.Sqlite
            ? new SqliteConnection(storage.ConnectionString)
            : new NpgsqlConnection(storage.ConnectionString);
        connection.Open();
        return connection;
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
