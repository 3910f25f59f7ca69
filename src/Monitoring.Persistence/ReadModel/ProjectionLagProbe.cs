using LinqToDB;
using LinqToDB.Async;
using LinqToDB.Data;
using LinqToDB.Mapping;
using Monitoring.Persistence.Storage;

namespace Monitoring.Persistence.ReadModel;

/// <summary>
/// Measures a projection's lag from what is stored, not from what the projection says of itself: its offset in the read
/// model against the head of the center's journal table. A projection that has stopped, or hangs on a write, falls
/// behind here while its own stream sees nothing. The remembered open cases are in a journal of their own
/// (<c>sharding_journal</c>, on SQLite another file), which the projection does not read and this does not count.
/// </summary>
public sealed class ProjectionLagProbe(ReadModelDatabase readModel, StorageOptions storage)
{
    private readonly DataOptions _journal = new DataOptions().UseConnectionString(storage.DataProvider, storage.JournalConnection);

    public async Task<ProjectionLag> MeasureAsync(string projection, CancellationToken cancellationToken = default)
    {
        // The offset first: read the other way round, a projection catching up between the reads would look ahead.
        var offset = await readModel.OffsetAsync(projection);
        await using var db = new DataConnection(_journal);
        var events = db.GetTable<JournalEntry>().Where(r => !r.Deleted);
        var head = await events.MaxAsync(r => (long?)r.Ordering, cancellationToken) ?? 0;
        if (head <= offset) return ProjectionLag.CaughtUp;
        // Numbers a writer has taken but not committed are not seen yet: the oldest seen is the oldest the projection can have.
        var oldest = await events.Where(r => r.Ordering > offset).OrderBy(r => r.Ordering).Select(r => (long?)r.Created)
            .FirstOrDefaultAsync(cancellationToken);
        // The journal stamps events with the machine's clock (ticks, UTC), so that is the clock to compare with.
        var behind = oldest is { } ticks ? DateTime.UtcNow - new DateTime(ticks, DateTimeKind.Utc) : TimeSpan.Zero;
        return new ProjectionLag(head - offset, behind > TimeSpan.Zero ? behind : TimeSpan.Zero);
    }

    /// <summary>The columns of the plugin's journal table this reads, under the plugin's default names.</summary>
    [Table("journal")]
    private sealed class JournalEntry
    {
        [Column("ordering")] public long Ordering { get; set; }
        [Column("created")] public long Created { get; set; }
        [Column("deleted")] public bool Deleted { get; set; }
    }
}
