using Akka.Persistence.Sql.Config;
using Npgsql;
using NpgsqlTypes;

namespace Monitoring.Persistence.Journal;

/// <summary>On PostgreSQL a batch is one statement whatever its size: the rows go as one array per column and
/// <c>unnest</c> turns them back into rows; the ids asked for go as one array too. As many batches at once as the
/// plugin's <c>parallelism</c>.</summary>
public sealed class PostgresJournalTable : JournalTable
{
    private readonly string _connectionString;
    private readonly string _insert;
    private readonly string _highest;
    private readonly Task[] _loops;

    public PostgresJournalTable(JournalConfig config) : base(config)
    {
        _connectionString = config.ConnectionString;
        _insert = $"INSERT INTO {Table} ({string.Join(", ", Columns.Select(Quote))}) " +
            $"SELECT * FROM unnest({string.Join(", ", Columns.Select((_, i) => $"${i + 1}"))})";
        _highest = $"SELECT {PersistenceId}, MAX({SequenceNumber}) FROM {Table} WHERE {PersistenceId} = ANY($1) GROUP BY {PersistenceId}";
        _loops = Enumerable.Range(0, Math.Max(1, config.DaoConfig.Parallelism)).Select(_ => Task.Run(LoopAsync)).ToArray();
    }

    private async Task LoopAsync()
    {
        while (await TakeBatchAsync() is { } batch)
            if (batch.Count > 0) await CommitAsync(batch, InsertAsync);
    }

    private async Task InsertAsync(IReadOnlyList<PendingWrite> batch)
    {
        var rows = batch.SelectMany(p => p.Rows).ToArray();
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(Stopping);
        await using var transaction = await connection.BeginTransactionAsync(Stopping);
        await using var command = new NpgsqlCommand(_insert, connection, transaction)
        {
            Parameters =
            {
                new() { Value = rows.Select(r => r.Timestamp).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint },
                new() { Value = rows.Select(r => r.Deleted).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Boolean },
                new() { Value = rows.Select(r => r.PersistenceId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
                new() { Value = rows.Select(r => r.SequenceNumber).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint },
                new() { Value = rows.Select(r => r.Message).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea },
                new() { Value = rows.Select(r => r.Manifest).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
                new() { Value = rows.Select(r => r.Identifier).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer },
                new() { Value = rows.Select(r => r.WriterUuid).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
            },
        };
        await command.ExecuteNonQueryAsync(Stopping);
        await transaction.CommitAsync(Stopping);
    }

    public override async Task<Dictionary<string, long>> HighestSequenceNumbersAsync(IReadOnlyList<string> persistenceIds)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(Stopping);
        await using var command = new NpgsqlCommand(_highest, connection)
        {
            Parameters = { new() { Value = persistenceIds.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text } },
        };
        await using var reader = await command.ExecuteReaderAsync(Stopping);
        var highest = new Dictionary<string, long>();
        while (await reader.ReadAsync(Stopping)) highest[reader.GetString(0)] = reader.GetInt64(1);
        return highest;
    }

    protected override void Stop() => Task.WaitAll(_loops, TimeSpan.FromSeconds(5));
}
