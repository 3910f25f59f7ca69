using Npgsql;
using NpgsqlTypes;

namespace Monitoring.Benchmarks;

/// <summary>PostgreSQL's ways of writing a transaction of journal rows, each on a connection of its own and each with a
/// round trip for the rows and one for the commit: which is fastest depends on the server's CPU against the client's,
/// so all are measured, with one client and with four (the journal's writers run in parallel on PostgreSQL).</summary>
public abstract partial class PostgresCeiling(NpgsqlConnection connection) : ICeilingClient
{
    /// <summary>The types of <see cref="CeilingRows.Columns"/>, in their order.</summary>
    protected static readonly NpgsqlDbType[] Types =
        [NpgsqlDbType.Boolean, NpgsqlDbType.Text, NpgsqlDbType.Bigint, NpgsqlDbType.Bigint, NpgsqlDbType.Text, NpgsqlDbType.Bytea,
            NpgsqlDbType.Integer, NpgsqlDbType.Text];

    public static IEnumerable<CeilingMethod> Methods() =>
        from clients in new[] { 1, 4 }
        from method in new[]
        {
            new CeilingMethod("prepared single-row insert reused, the transaction's rows in one batch", clients, PreparedBatch.ConnectAsync),
            new CeilingMethod("binary COPY", clients, BinaryCopy.ConnectAsync),
            new CeilingMethod("prepared INSERT … SELECT FROM unnest(arrays), the center's way", clients, Unnest.ConnectAsync),
        }
        select method;

    protected NpgsqlConnection Connection { get; } = connection;

    public async Task WriteAsync(long transaction)
    {
        await using var tx = await Connection.BeginTransactionAsync();
        await WriteRowsAsync(tx, transaction);
        await tx.CommitAsync();
    }

    protected abstract Task WriteRowsAsync(NpgsqlTransaction tx, long transaction);

    public virtual ValueTask DisposeAsync() => Connection.DisposeAsync();

    protected static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>One single-row insert prepared once and run for every row; the transaction's executions go together in
    /// one <see cref="NpgsqlBatch"/>, so a row costs no round trip of its own.</summary>
    private sealed class PreparedBatch(NpgsqlConnection connection, CeilingRows rows, NpgsqlBatch batch) : PostgresCeiling(connection)
    {
        public static async Task<ICeilingClient> ConnectAsync(string connectionString, CeilingRows rows)
        {
            var connection = await OpenAsync(connectionString);
            var batch = new NpgsqlBatch(connection);
            for (var r = 0; r < CeilingRows.PerTransaction; r++)
            {
                var command = new NpgsqlBatchCommand($"INSERT INTO bench_journal ({CeilingRows.Columns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)");
                foreach (var type in Types) command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = type, Value = DBNull.Value });
                batch.BatchCommands.Add(command);
            }
            await batch.PrepareAsync();
            return new PreparedBatch(connection, rows, batch);
        }

        protected override async Task WriteRowsAsync(NpgsqlTransaction tx, long transaction)
        {
            for (var r = 0; r < CeilingRows.PerTransaction; r++)
            {
                var row = rows.Row(transaction, r);
                for (var c = 0; c < row.Length; c++) batch.BatchCommands[r].Parameters[c].Value = row[c];
            }
            batch.Transaction = tx;
            await batch.ExecuteNonQueryAsync();
        }

        public override async ValueTask DisposeAsync()
        {
            await batch.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    private sealed class BinaryCopy(NpgsqlConnection connection, CeilingRows rows) : PostgresCeiling(connection)
    {
        public static async Task<ICeilingClient> ConnectAsync(string connectionString, CeilingRows rows) =>
            new BinaryCopy(await OpenAsync(connectionString), rows);

        protected override async Task WriteRowsAsync(NpgsqlTransaction tx, long transaction)
        {
            await using var import = await Connection.BeginBinaryImportAsync($"COPY bench_journal ({CeilingRows.Columns}) FROM STDIN (FORMAT BINARY)");
            for (var r = 0; r < CeilingRows.PerTransaction; r++)
            {
                var row = rows.Row(transaction, r);
                await import.StartRowAsync();
                for (var c = 0; c < row.Length; c++) await import.WriteAsync(row[c], Types[c]);
            }
            await import.CompleteAsync();
        }
    }
}
