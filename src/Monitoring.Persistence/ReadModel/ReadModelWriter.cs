using System.Text.Json;
using Akka.Persistence.Query;
using LinqToDB;
using LinqToDB.Async;
using LinqToDB.Data;
using Monitoring.Domain;
using Monitoring.Domain.Callers;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Persistence.Journal;

namespace Monitoring.Persistence.ReadModel;

/// <summary>
/// Writes the projection's events into the read model. Each batch of events and the offset after it are written in one
/// transaction, so a restart resumes exactly where it stopped and an empty read model rebuilds from the journal.
/// </summary>
public sealed class ReadModelWriter(ReadModelDatabase database, JurisdictionTree tree)
{
    /// <summary>A batch of journal events and the offset after it, in one transaction. Rows are replaced by deleting and
    /// bulk-inserting them: a handful of statements per batch, where a statement per row cost more than the journal.</summary>
    public async Task ApplyAsync(string projection, IReadOnlyList<EventEnvelope> batch)
    {
        if (batch.Count == 0) return;
        await using var db = database.Open();
        await using var tx = await db.BeginTransactionAsync();
        await ApplyCasesAsync(db, batch.Where(e => e.Event is CaseEvent).ToList());
        await ApplyInteractionsAsync(db, batch.Select(e => e.Event).OfType<InteractionRecorded>().ToList());
        await db.InsertOrReplaceAsync(new OffsetRow { Projection = projection, Offset = ((Sequence)batch[^1].Offset).Value });
        await tx.CommitAsync();
    }

    /// <summary>Sets an event aside with the offset after it, in a transaction of its own: that this commits where writing
    /// the event failed is what tells an event the read model cannot hold from a database that cannot be reached.</summary>
    public async Task QuarantineAsync(string projection, EventEnvelope envelope, Exception error)
    {
        var ordering = ((Sequence)envelope.Offset).Value;
        await using var db = database.Open();
        await using var tx = await db.BeginTransactionAsync();
        await db.InsertOrReplaceAsync(new QuarantineRow
        {
            Projection = projection, Ordering = ordering, PersistenceId = envelope.PersistenceId, SequenceNr = envelope.SequenceNr,
            EventType = envelope.Event.GetType().Name, Error = Printable(error.Message, QuarantineRow.ErrorLength), QuarantinedAt = DateTime.UtcNow,
        });
        await db.InsertOrReplaceAsync(new OffsetRow { Projection = projection, Offset = ordering });
        await tx.CommitAsync();
    }

    /// <summary>The error may quote the very value that could not be written (a NUL PostgreSQL refuses, say).</summary>
    private static string Printable(string text, int length)
    {
        var printable = new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
        return printable.Length <= length ? printable : printable[..length];
    }

    private async Task ApplyCasesAsync(DataConnection db, IReadOnlyList<EventEnvelope> batch)
    {
        if (batch.Count == 0) return;
        var ids = batch.Select(e => ((CaseEvent)e.Event).CaseId.Value).Distinct().ToList();
        var rows = await db.GetTable<CaseRow>().Where(r => ids.Contains(r.CaseId)).ToDictionaryAsync(r => r.CaseId);
        var changed = new Dictionary<string, CaseRow>();
        var milestones = new List<MilestoneRow>();
        foreach (var envelope in batch)
        {
            var e = (CaseEvent)envelope.Event;
            if (rows.TryGetValue(e.CaseId.Value, out var seen) && seen.Version >= envelope.SequenceNr) continue;
            var row = CaseRows.Apply(seen, e, envelope.SequenceNr);
            if (row is null) continue;
            rows[row.CaseId] = changed[row.CaseId] = row;
            if (CaseRows.Milestone(row, e, CaseRows.PolresOf(row, tree)) is { } milestone) milestones.Add(milestone);
        }
        await ReplaceAsync(db, changed.Values.ToList(), keys => db.GetTable<CaseRow>().Where(r => keys.Contains(r.CaseId)), r => r.CaseId);
        await InsertNewMilestonesAsync(db, milestones);
    }

    /// <summary>A milestone is reached once; one already stored (the case table rebuilt without this one) stays as it is.</summary>
    private static async Task InsertNewMilestonesAsync(DataConnection db, IReadOnlyList<MilestoneRow> milestones)
    {
        if (milestones.Count == 0) return;
        var ids = milestones.Select(m => m.CaseId).Distinct().ToList();
        var stored = (await db.GetTable<MilestoneRow>().Where(m => ids.Contains(m.CaseId)).Select(m => new { m.CaseId, m.Milestone }).ToListAsync())
            .Select(m => (m.CaseId, m.Milestone)).ToHashSet();
        var fresh = milestones.Where(m => stored.Add((m.CaseId, m.Milestone))).ToList();
        if (fresh.Count > 0) await db.BulkCopyAsync(BulkOptions, fresh);
    }

    private static async Task ApplyInteractionsAsync(DataConnection db, IReadOnlyList<InteractionRecorded> batch)
    {
        // A call filed again under another case (split off) is in the batch twice: the later filing is where it is now.
        var rows = batch.Select(recorded => recorded.Entry).Reverse().Select(entry =>
        {
            var i = entry.Interaction;
            return new InteractionRow
            {
                InteractionId = i.Id.Value, CallerNumber = i.Caller.Value, Channel = DomainJson.Name(i.Channel), Kind = DomainJson.Name(i.Kind),
                Category = i.Category is { } c ? DomainJson.Name(c) : null, CaseId = entry.CaseId?.Value, AssignedUnitId = entry.AssignedUnitId?.Value,
                AgentId = i.AgentId, Latitude = i.Location?.Latitude, Longitude = i.Location?.Longitude, ReceivedAt = i.ReceivedAt.UtcDateTime,
                AnsweredAt = i.AnsweredAt?.UtcDateTime, RecordedAt = i.RecordedAt.UtcDateTime,
                Json = JsonSerializer.Serialize(entry, JournalSerializer.Options),
            };
        }).DistinctBy(r => r.InteractionId).ToList();
        await ReplaceAsync(db, rows, keys => db.GetTable<InteractionRow>().Where(r => keys.Contains(r.InteractionId)), r => r.InteractionId);
    }

    /// <summary>Rows in one bulk insert after deleting any with the same keys (a replayed batch writes what it wrote before).</summary>
    private static async Task ReplaceAsync<T>(DataConnection db, IReadOnlyList<T> rows, Func<List<string>, IQueryable<T>> existing, Func<T, string> key)
        where T : class
    {
        if (rows.Count == 0) return;
        await existing(rows.Select(key).ToList()).DeleteAsync();
        await db.BulkCopyAsync(BulkOptions, rows);
    }

    /// <summary>On PostgreSQL a binary <c>COPY</c>; on SQLite, which has none, one multi-row insert.</summary>
    private static readonly BulkCopyOptions BulkOptions = new() { BulkCopyType = BulkCopyType.ProviderSpecific };
}
