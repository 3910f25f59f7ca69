using System.Data.Common;
using LinqToDB;
using LinqToDB.Async;
using LinqToDB.Data;
using Monitoring.Persistence.Storage;

namespace Monitoring.Persistence.ReadModel;

/// <summary>
/// The read-model tables beside the journal: written only by the projection (<see cref="ReadModelWriter"/>), read by
/// the queries. Made once per node, with its tables.
/// </summary>
public sealed class ReadModelDatabase
{
    private readonly DataOptions _options;

    private ReadModelDatabase(DataOptions options) => _options = options;

    public static ReadModelDatabase For(StorageOptions storage)
    {
        if (storage.Provider == StorageProvider.Sqlite) SqliteStorage.Prepare(storage.ReadModelConnection);
        var database = new ReadModelDatabase(new DataOptions().UseConnectionString(storage.DataProvider, storage.ReadModelConnection));
        // Nodes starting together race to create the tables; PostgreSQL's IF NOT EXISTS can still fail the loser once.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                database.EnsureSchema();
                return database;
            }
            catch (DbException) when (attempt < 5)
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(200 * attempt));
            }
        }
    }

    public DataConnection Open() => new(_options);

    /// <summary>How far <paramref name="projection"/> has read the journal.</summary>
    public async Task<long> OffsetAsync(string projection)
    {
        await using var db = Open();
        return await db.GetTable<OffsetRow>().Where(o => o.Projection == projection).Select(o => o.Offset).FirstOrDefaultAsync();
    }

    private void EnsureSchema()
    {
        using var db = Open();
        db.CreateTable<CaseRow>(tableOptions: TableOptions.CreateIfNotExists);
        db.CreateTable<InteractionRow>(tableOptions: TableOptions.CreateIfNotExists);
        db.CreateTable<MilestoneRow>(tableOptions: TableOptions.CreateIfNotExists);
        db.CreateTable<OffsetRow>(tableOptions: TableOptions.CreateIfNotExists);
        db.CreateTable<QuarantineRow>(tableOptions: TableOptions.CreateIfNotExists);
        // A database from before the urgency ranking: its open cases get the first deadline where their row still tells it
        // (unescalated, unacknowledged), their opening otherwise, so the earlier opened still rank first.
        // "timestamp" is the type linq2db gives a DateTime on PostgreSQL; SQLite takes any type name.
        if (ReadModelColumns.Add(db, "rm_case", nameof(CaseRow.FirstDeadline), "timestamp NULL"))
            db.Execute("UPDATE rm_case SET \"FirstDeadline\" = CASE WHEN \"EscalationLevel\" = 0 AND \"State\" = 'open' THEN \"Deadline\" ELSE \"OpenedAt\" END");
        ReadModelColumns.Add(db, "rm_case", nameof(CaseRow.AlarmsAcknowledged), "INTEGER NOT NULL DEFAULT 0");
        ReadModelColumns.Add(db, "rm_case", nameof(CaseRow.Callers), "INTEGER NOT NULL DEFAULT 1");
        db.Execute("CREATE INDEX IF NOT EXISTS ix_rm_case_open_deadline ON rm_case (\"Open\", \"Deadline\")");
        db.Execute("CREATE INDEX IF NOT EXISTS ix_rm_case_opened ON rm_case (\"OpenedAt\")");
        // The wall feeds' catch-up reads the cases changed in the last seconds.
        db.Execute("CREATE INDEX IF NOT EXISTS ix_rm_case_updated ON rm_case (\"UpdatedAt\")");
        db.Execute("CREATE INDEX IF NOT EXISTS ix_rm_interaction_caller ON rm_interaction (\"CallerNumber\", \"RecordedAt\")");
        // The reports' answer times read every call of a period.
        db.Execute("CREATE INDEX IF NOT EXISTS ix_rm_interaction_received ON rm_interaction (\"ReceivedAt\")");
    }
}
