namespace Monitoring.Benchmarks;

/// <summary>What one client of the ceiling stage writes: rows of the journal's shape as the intake makes them — each a
/// new persistence id at sequence number 1 with 400 bytes of payload — so no two rows collide on the journal's unique
/// key and none is skipped.</summary>
public sealed class CeilingRows(int client)
{
    public const int PerTransaction = 100;

    /// <summary>The journal's columns but <c>ordering</c>, which the database numbers.</summary>
    public const string Columns = "deleted, persistence_id, sequence_number, created, manifest, message, identifier, writer_uuid";

    public const string Manifest = "caller.recorded";

    public byte[] Payload { get; } = Random.Shared.GetItems<byte>(Enumerable.Range(0, 256).Select(b => (byte)b).ToArray(), 400);

    public string Writer { get; } = Guid.NewGuid().ToString();

    public string PersistenceId(long transaction, int row) => $"bench-{client}-{transaction}-{row}";

    /// <summary>One row's values in the order of <see cref="Columns"/>.</summary>
    public object[] Row(long transaction, int row) =>
        [false, PersistenceId(transaction, row), 1L, DateTime.UtcNow.Ticks, Manifest, Payload, 1, Writer];
}

/// <summary>One connection of one way of writing.</summary>
public interface ICeilingClient : IAsyncDisposable
{
    /// <summary>Writes <see cref="CeilingRows.PerTransaction"/> rows in one transaction and commits it.</summary>
    Task WriteAsync(long transaction);
}

/// <summary>A way of writing journal rows, with how many clients write at once.</summary>
public sealed record CeilingMethod(string Name, int Clients, Func<string, CeilingRows, Task<ICeilingClient>> ConnectAsync);
