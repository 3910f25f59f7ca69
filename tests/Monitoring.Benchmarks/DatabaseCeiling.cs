using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Monitoring.Actors.Hosting;
using Npgsql;

namespace Monitoring.Benchmarks;

/// <summary>
/// The database's own limit for the journal's work: rows of the journal's shape (persistence id, sequence number, a
/// few hundred bytes of payload, unique per id and number) inserted 100 to a statement and a transaction through plain
/// ADO.NET, with as many writers as the journal uses (one on SQLite, which admits one writer; four on PostgreSQL).
/// </summary>
public static class DatabaseCeiling
{
    private const int RowsPerBatch = 100;
    private const int PayloadBytes = 400;

    public static async Task<double> MeasureAsync(StorageOptions storage, TimeSpan duration)
    {
        var sqlite = storage.Provider == StorageProvider.Sqlite;
        if (sqlite) SqliteStorage.Prepare(storage.ConnectionString);
        await using (var setup = Open(storage))
            await ExecuteAsync(setup, sqlite
                ? "CREATE TABLE bench_journal (ordering INTEGER PRIMARY KEY AUTOINCREMENT, deleted INTEGER NOT NULL, persistence_id TEXT NOT NULL, sequence_number INTEGER NOT NULL, created INTEGER NOT NULL, manifest TEXT NOT NULL, message BLOB NOT NULL, identifier INTEGER, writer_uuid TEXT, UNIQUE (persistence_id, sequence_number))"
                : "CREATE TABLE bench_journal (ordering BIGSERIAL PRIMARY KEY, deleted BOOLEAN NOT NULL, persistence_id VARCHAR(255) NOT NULL, sequence_number BIGINT NOT NULL, created BIGINT NOT NULL, manifest VARCHAR(500) NOT NULL, message BYTEA NOT NULL, identifier INT, writer_uuid VARCHAR(128), UNIQUE (persistence_id, sequence_number))");

        var writers = sqlite ? 1 : 4;
        var rows = new long[writers];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            await using var connection = Open(storage);
            var payload = new byte[PayloadBytes];
            Random.Shared.NextBytes(payload);
            var sql = "INSERT INTO bench_journal (deleted, persistence_id, sequence_number, created, manifest, message, identifier, writer_uuid) VALUES "
                + string.Join(", ", Enumerable.Range(0, RowsPerBatch).Select(r => $"(@d{r}, @p{r}, @s{r}, @c{r}, @m{r}, @b{r}, @i{r}, @w{r})"));
            var writer = Guid.NewGuid().ToString();
            for (var batch = 0L; clock.Elapsed < duration; batch++)
            {
                await using var tx = await connection.BeginTransactionAsync();
                await using var command = connection.CreateCommand();
                command.Transaction = tx;
                command.CommandText = sql;
                for (var r = 0; r < RowsPerBatch; r++)
                {
                    Add(command, $"d{r}", sqlite ? 0 : false);
                    Add(command, $"p{r}", $"bench-{w}-{batch}-{r}");
                    Add(command, $"s{r}", 1L);
                    Add(command, $"c{r}", DateTime.UtcNow.Ticks);
                    Add(command, $"m{r}", "caller.recorded");
                    Add(command, $"b{r}", payload);
                    Add(command, $"i{r}", 1);
                    Add(command, $"w{r}", writer);
                }
                await command.ExecuteNonQueryAsync();
                await tx.CommitAsync();
                rows[w] += RowsPerBatch;
            }
        }))); 
        return rows.Sum() / clock.Elapsed.TotalSeconds;
    }

    private static DbConnection Open(StorageOptions storage)
    {
        DbConnection connection = storage.Provider == StorageProvider.Sqlite
            ? new SqliteConnection(storage.ConnectionString)
            : new NpgsqlConnection(storage.ConnectionString);
        connection.Open();
        return connection;
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
