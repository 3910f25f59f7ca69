using Microsoft.Data.Sqlite;
using Npgsql;

namespace Monitoring.Persistence.Storage;

/// <summary>
/// Which failures to write the read model say nothing about the events written: the database away, busy, out of room
/// or shutting down. Such a failure must never set an event aside; the projection starts again from its offset instead.
/// </summary>
public static class StorageFailure
{
    /// <summary>SQLSTATE classes of PostgreSQL that belong to the server or the connection, not to the data: 08 connection,
    /// 40 rollback (deadlock, serialization), 53 resources, 55 lock not available, 57 shutdown or cancel, 58 system, XX internal.</summary>
    private static readonly HashSet<string> PostgresClasses = ["08", "40", "53", "55", "57", "58", "XX"];

    /// <summary>SQLite's primary result codes of the same kind: busy, locked, out of memory, read-only, interrupted, I/O,
    /// corrupt, full, cannot open, protocol, not a database.</summary>
    private static readonly HashSet<int> SqliteCodes = [5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 26];

    public static bool IsTransient(Exception e) => e switch
    {
        // And a unique violation: rows are replaced by deleting and inserting them, so one event alone can collide only
        // with another writer of the same rows (two projectors for a moment while the singleton moves), never with itself.
        PostgresException p => PostgresClasses.Contains(p.SqlState[..2]) || p.SqlState == PostgresErrorCodes.UniqueViolation,
        // No answer from the server at all: a socket, a timeout, a pool exhausted.
        NpgsqlException => true,
        SqliteException s => SqliteCodes.Contains(s.SqliteErrorCode & 0xFF),
        TimeoutException or OperationCanceledException or IOException or System.Net.Sockets.SocketException => true,
        _ => e.InnerException is { } inner && IsTransient(inner),
    };
}
