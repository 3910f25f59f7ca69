using Akka.Actor;
using Akka.Persistence.Sql;
using Akka.Persistence.Sql.Config;
using LinqToDB;
using LinqToDB.Data;
using Monitoring.Actors.Callers;
using Monitoring.Actors.Cases;
using Monitoring.Domain;
using Monitoring.Domain.Callers;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Retention;
using Monitoring.Persistence.Journal;
using Monitoring.Persistence.Storage;

namespace Monitoring.Persistence.Retention;

/// <summary>
/// The personal data of purged cases and interactions, out of the journal, so that a read model rebuilt from it does
/// not bring them back. Rows are changed directly by persistence id and sequence number, as the plugin's own delete
/// does, because only ended cases are touched (their actors write nothing more) and a caller's actor never reads its
/// old events again once it runs:
/// <list type="bullet">
/// <item>a case's events are rewritten redacted (<see cref="Redaction"/>), not deleted: the case, its milestones and
/// its response times still rebuild, and its details still read, without the caller in them;</item>
/// <item>a caller's purged events are deleted, rows and all: the history is the caller's, and its persistence id is the
/// number itself. Unlike the plugin's delete, the highest row goes too (the plugin keeps it, bytes and id, to hold the
/// sequence number): a number whose every event went and that calls again starts at 1, which nothing can mistake for
/// what was deleted — the actor's replay reads only what is there, the projection follows the journal's ordering, and
/// the read model keys interactions by their own id. Callers' entities are not remembered by sharding.</item>
/// </list>
/// Everything here is idempotent: run twice, or on two nodes at once, it changes each row once. One transaction per
/// case or caller, a few rows each: on SQLite it holds the journal's one write lock for milliseconds, not for a purge.
/// </summary>
public sealed class JournalPurge
{
    private readonly DataOptions _options;
    private readonly string _table, _persistenceId, _sequenceNr, _message, _manifest, _identifier, _deleted;

    public JournalPurge(ActorSystem system, StorageOptions storage)
    {
        var config = new JournalConfig(system.Settings.Config.GetConfig(MonitoringPersistence.CenterJournal)
            .WithFallback(SqlPersistence.DefaultJournalConfiguration));
        var columns = config.TableConfig.EventJournalTable.ColumnNames;
        _table = JournalTable.TableOf(config);
        (_persistenceId, _sequenceNr, _message, _manifest, _identifier, _deleted) = (JournalTable.Quote(columns.PersistenceId),
            JournalTable.Quote(columns.SequenceNumber), JournalTable.Quote(columns.Message), JournalTable.Quote(columns.Manifest),
            JournalTable.Quote(columns.Identifier), JournalTable.Quote(columns.Deleted));
        _options = new DataOptions().UseConnectionString(storage.DataProvider, storage.JournalConnection);
    }

    /// <summary>One stored event as the purge reads it.</summary>
    private sealed class StoredEvent
    {
        public long SequenceNr { get; set; }
        public byte[] Message { get; set; } = [];
        public string? Manifest { get; set; }
        public int? Identifier { get; set; }
    }

    /// <summary>Rewrites the case's events redacted; returns how many changed.</summary>
    public async Task<int> RedactCaseAsync(CaseId id, CancellationToken cancellation)
    {
        var persistenceId = CaseActor.PersistenceIdOf(id);
        await using var db = new DataConnection(_options);
        await using var tx = await db.BeginTransactionAsync(cancellation);
        var changed = 0;
        foreach (var stored in await EventsAsync(db, persistenceId, cancellation))
        {
            if (Read(stored) is not CaseEvent e) continue;
            var redacted = Redaction.Redact(e);
            if (redacted == e) continue;
            changed += await RewriteAsync(db, persistenceId, stored, JournalSerializer.Write(redacted), cancellation);
        }
        await tx.CommitAsync(cancellation);
        return changed;
    }

    /// <summary>Deletes the caller's events that recorded <paramref name="interactions"/>; returns how many went.</summary>
    public async Task<int> DeleteCallerEventsAsync(CallerNumber caller, IReadOnlySet<string> interactions, CancellationToken cancellation)
    {
        var persistenceId = CallerActor.PersistenceIdOf(caller);
        await using var db = new DataConnection(_options);
        await using var tx = await db.BeginTransactionAsync(cancellation);
        var removed = 0;
        foreach (var stored in await EventsAsync(db, persistenceId, cancellation))
        {
            if (Read(stored) is not InteractionRecorded e || !interactions.Contains(e.Entry.Interaction.Id.Value)) continue;
            removed += await db.ExecuteAsync($"DELETE FROM {_table} WHERE {_persistenceId} = @pid AND {_sequenceNr} = @seq", cancellation,
                new DataParameter("pid", persistenceId), new DataParameter("seq", stored.SequenceNr));
        }
        await tx.CommitAsync(cancellation);
        return removed;
    }

    /// <summary>The id's events not yet deleted, in order.</summary>
    private Task<List<StoredEvent>> EventsAsync(DataConnection db, string persistenceId, CancellationToken cancellation) =>
        db.QueryToListAsync<StoredEvent>(
            $"SELECT {_sequenceNr} AS \"SequenceNr\", {_message} AS \"Message\", {_manifest} AS \"Manifest\", {_identifier} AS \"Identifier\" " +
            $"FROM {_table} WHERE {_persistenceId} = @pid AND {_deleted} = @no ORDER BY {_sequenceNr}",
            cancellation, new DataParameter("pid", persistenceId), new DataParameter("no", false, DataType.Boolean));

    /// <summary>Only rows this center's serializer wrote are read; any other is left as it is.</summary>
    private static object? Read(StoredEvent stored) =>
        stored.Identifier == JournalSerializer.SerializerId && stored.Manifest is { } manifest ? JournalSerializer.Read(stored.Message, manifest) : null;

    /// <summary>Rewrites the row only if it still holds what was read: a node that got there first has it counted.</summary>
    private Task<int> RewriteAsync(DataConnection db, string persistenceId, StoredEvent stored, byte[] message, CancellationToken cancellation) =>
        db.ExecuteAsync($"UPDATE {_table} SET {_message} = @message WHERE {_persistenceId} = @pid AND {_sequenceNr} = @seq AND {_message} = @read",
            cancellation, new DataParameter("message", message, DataType.VarBinary), new DataParameter("pid", persistenceId),
            new DataParameter("seq", stored.SequenceNr), new DataParameter("read", stored.Message, DataType.VarBinary));
}
