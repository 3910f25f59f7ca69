using System.Text.Json;
using Akka.Persistence.Sql.Config;
using Microsoft.Data.Sqlite;

namespace Monitoring.Persistence.Journal;

/// <summary>On SQLite, which admits one writer and waits for the disk on every commit, the batches are written by a
/// thread of their own (a commit would otherwise hold a thread-pool worker for the length of a disk flush) through one
/// connection and one prepared single-row statement, run once per row: SQLite runs in the process, so a row costs no
/// round trip. The ids asked for go as one JSON array.</summary>
public sealed class SqliteJournalTable : JournalTable
{
    private readonly string _connectionString;
    private readonly string _insert;
    private readonly string _highest;
    private readonly Thread _thread;
    private SqliteConnection? _connection;
    private SqliteCommand? _command;

    public SqliteJournalTable(JournalConfig config) : base(config)
    {
        _connectionString = config.ConnectionString;
        _insert = $"INSERT INTO {Table} ({string.Join(", ", Columns.Select(Quote))}) " +
            $"VALUES ({string.Join(", ", Columns.Select((_, i) => $"$p{i}"))})";
        _highest = $"SELECT {PersistenceId}, MAX({SequenceNumber}) FROM {Table} " +
            $"WHERE {PersistenceId} IN (SELECT value FROM json_each($ids)) GROUP BY {PersistenceId}";
        _thread = new Thread(Loop) { IsBackground = true, Name = "journal-writer" };
        _thread.Start();
    }

    private void Loop()
    {
        while (TakeBatchAsync().AsTask().GetAwaiter().GetResult() is { } batch)
            if (batch.Count > 0) CommitAsync(batch, Insert).GetAwaiter().GetResult();
        Close();
    }

    private Task Insert(IReadOnlyList<PendingWrite> batch)
    {
        try
        {
            var command = Command();
            using var transaction = _connection!.BeginTransaction();
            command.Transaction = transaction;
            foreach (var row in batch.SelectMany(p => p.Rows))
            {
                var p = command.Parameters;
                p[0].Value = row.Timestamp;
                p[1].Value = row.Deleted;
                p[2].Value = row.PersistenceId;
                p[3].Value = row.SequenceNumber;
                p[4].Value = row.Message;
                p[5].Value = (object?)row.Manifest ?? DBNull.Value;
                p[6].Value = (object?)row.Identifier ?? DBNull.Value;
                p[7].Value = (object?)row.WriterUuid ?? DBNull.Value;
                command.ExecuteNonQuery();
            }
            transaction.Commit();
            return Task.CompletedTask;
        }
        catch (Exception)
        {
            // The connection may be the cause (a deleted file, a full disk): the next batch opens a new one.
            Close();
            throw;
        }
    }

    /// <summary>On a connection of its own: in WAL mode a read does not wait for the writer.</summary>
    public override async Task<Dictionary<string, long>> HighestSequenceNumbersAsync(IReadOnlyList<string> persistenceIds)
    {
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(Stopping);
        await using var command = connection.CreateCommand();
        command.CommandText = _highest;
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(persistenceIds));
        await using var reader = await command.ExecuteReaderAsync(Stopping);
        var highest = new Dictionary<string, long>();
        while (await reader.ReadAsync(Stopping)) highest[reader.GetString(0)] = reader.GetInt64(1);
        return highest;
    }

    private SqliteCommand Command()
    {
        if (_command is not null) return _command;
        _connection = new SqliteConnection(_connectionString);
        _connection.Open();
        _command = _connection.CreateCommand();
        _command.CommandText = _insert;
        for (var i = 0; i < Columns.Length; i++) _command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        _command.Prepare();
        return _command;
    }

    private void Close()
    {
        _command?.Dispose();
        _connection?.Dispose();
        (_command, _connection) = (null, null);
    }

    protected override void Stop() => _thread.Join(TimeSpan.FromSeconds(5));
}
