using Microsoft.Data.Sqlite;

namespace Monitoring.Benchmarks;

/// <summary>SQLite's fastest honest way, the one the center's <c>SqliteJournalTable</c> uses: one prepared single-row
/// insert, run once per row inside a transaction. SQLite runs in the process, so a row costs no round trip, and it
/// admits one writer, so one client.</summary>
public sealed class SqliteCeiling : ICeilingClient
{
    public static readonly CeilingMethod PreparedInsert = new("prepared single-row insert reused", 1,
        (connectionString, rows) => Task.FromResult<ICeilingClient>(new SqliteCeiling(connectionString, rows)));

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _insert;
    private readonly CeilingRows _rows;

    private SqliteCeiling(string connectionString, CeilingRows rows)
    {
        _rows = rows;
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        _insert = _connection.CreateCommand();
        _insert.CommandText = $"INSERT INTO bench_journal ({CeilingRows.Columns}) VALUES ($d, $p, $s, $c, $m, $b, $i, $w)";
        foreach (var name in new[] { "$d", "$p", "$s", "$c", "$m", "$b", "$i", "$w" }) _insert.Parameters.Add(new SqliteParameter(name, null));
        _insert.Prepare();
    }

    public Task WriteAsync(long transaction)
    {
        using var tx = _connection.BeginTransaction();
        _insert.Transaction = tx;
        for (var r = 0; r < CeilingRows.PerTransaction; r++)
        {
            var row = _rows.Row(transaction, r);
            for (var c = 0; c < row.Length; c++) _insert.Parameters[c].Value = row[c];
            _insert.ExecuteNonQuery();
        }
        tx.Commit();
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _insert.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
