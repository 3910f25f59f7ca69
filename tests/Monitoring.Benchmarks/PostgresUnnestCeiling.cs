using Npgsql;
using NpgsqlTypes;

namespace Monitoring.Benchmarks;

public abstract partial class PostgresCeiling
{
    /// <summary>The center's <c>PostgresJournalTable</c>: one statement per transaction whatever its rows, one array per
    /// column; prepared once. Only the ids and times change between transactions, so only they are filled again.</summary>
    private sealed class Unnest(NpgsqlConnection connection, CeilingRows rows, NpgsqlCommand insert) : PostgresCeiling(connection)
    {
        private readonly string[] _ids = new string[CeilingRows.PerTransaction];
        private readonly long[] _created = new long[CeilingRows.PerTransaction];

        public static async Task<ICeilingClient> ConnectAsync(string connectionString, CeilingRows rows)
        {
            var connection = await OpenAsync(connectionString);
            var insert = new NpgsqlCommand($"INSERT INTO bench_journal ({CeilingRows.Columns}) SELECT * FROM unnest($1, $2, $3, $4, $5, $6, $7, $8)", connection);
            var first = rows.Row(0, 0);
            for (var c = 0; c < Types.Length; c++)
            {
                // Each column's array holds the first row's value throughout; the ids and times are replaced per transaction.
                var column = Array.CreateInstance(first[c].GetType(), CeilingRows.PerTransaction);
                for (var r = 0; r < column.Length; r++) column.SetValue(first[c], r);
                insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | Types[c], Value = column });
            }
            await insert.PrepareAsync();
            return new Unnest(connection, rows, insert);
        }

        protected override async Task WriteRowsAsync(NpgsqlTransaction tx, long transaction)
        {
            for (var r = 0; r < CeilingRows.PerTransaction; r++)
                (_ids[r], _created[r]) = (rows.PersistenceId(transaction, r), DateTime.UtcNow.Ticks);
            insert.Parameters[1].Value = _ids;
            insert.Parameters[3].Value = _created;
            insert.Transaction = tx;
            await insert.ExecuteNonQueryAsync();
        }

        public override async ValueTask DisposeAsync()
        {
            await insert.DisposeAsync();
            await base.DisposeAsync();
        }
    }
}
