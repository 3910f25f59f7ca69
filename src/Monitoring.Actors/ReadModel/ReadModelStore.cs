using System.Data.Common;
using System.Linq.Expressions;
using System.Text.Json;
using Akka.Persistence.Query;
using LinqToDB;
using LinqToDB.Async;
using LinqToDB.Data;
using Monitoring.Actors.Hosting;
using Monitoring.Actors.Serialization;
using Monitoring.Domain;
using Monitoring.Domain.Callers;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Domain.Reports;

namespace Monitoring.Actors.ReadModel;

/// <summary>
/// The read-model tables beside the journal: written only by the projections, read by lists, histories and the
/// Sentinel. Each batch of events and the offset after it are written in one transaction, so a restart resumes
/// exactly where it stopped and an empty read model rebuilds from the journal.
/// </summary>
public sealed class ReadModelStore(DataOptions options, JurisdictionTree tree)
{
    /// <summary>The one projection: every event of the journal, in order.</summary>
    public const string JournalProjection = "journal";

    public static ReadModelStore For(StorageOptions storage, JurisdictionTree tree)
    {
        if (storage.Provider == StorageProvider.Sqlite) SqliteStorage.Prepare(storage.ReadModelConnection);
        var store = new ReadModelStore(new DataOptions().UseConnectionString(storage.DataProvider, storage.ReadModelConnection), tree);
        // Nodes starting together race to create the tables; PostgreSQL's IF NOT EXISTS can still fail the loser once.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                store.EnsureSchema();
                return store;
            }
            catch (DbException) when (attempt < 5)
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(200 * attempt));
            }
        }
    }

    public DataConnection Open() => new(options);

    public JurisdictionTree Tree => tree;

    private void EnsureSchema()
    {
        using var db = Open();
        db.CreateTable<CaseRow>(tableOptions: TableOptions.CreateIfNotExists);
        db.CreateTable<InteractionRow>(tableOptions: TableOptions.CreateIfNotExists);
        db.CreateTable<MilestoneRow>(tableOptions: TableOptions.CreateIfNotExists);
        db.CreateTable<OffsetRow>(tableOptions: TableOptions.CreateIfNotExists);
        db.CreateTable<QuarantineRow>(tableOptions: TableOptions.CreateIfNotExists);
        db.Execute("CREATE INDEX IF NOT EXISTS ix_rm_case_open_deadline ON rm_case (\"Open\", \"Deadline\")");
        db.Execute("CREATE INDEX IF NOT EXISTS ix_rm_case_opened ON rm_case (\"OpenedAt\")");
        db.Execute("CREATE INDEX IF NOT EXISTS ix_rm_interaction_caller ON rm_interaction (\"CallerNumber\", \"RecordedAt\")");
    }

    public async Task<long> OffsetAsync(string projection)
    {
        await using var db = Open();
        return await db.GetTable<OffsetRow>().Where(o => o.Projection == projection).Select(o => o.Offset).FirstOrDefaultAsync();
    }

    /// <summary>A batch of journal events and the offset after it, in one transaction. Rows are replaced by deleting and
    /// bulk-inserting them: a handful of statements per batch, where a statement per row cost more than the journal.</summary>
    public async Task ApplyAsync(string projection, IReadOnlyList<EventEnvelope> batch)
    {
        if (batch.Count == 0) return;
        await using var db = Open();
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
        await using var db = Open();
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
            if (CaseRows.Milestone(row, e, PolresOf(row)) is { } milestone) milestones.Add(milestone);
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
        var rows = batch.Select(recorded => recorded.Entry).Select(entry =>
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

    private string PolresOf(CaseRow row) => tree.PolresOf(new UnitId(row.AssignedUnitId))?.Value ?? "";

    /// <summary>One page of a caller's history, newest first, and how many entries it has in all.</summary>
    public async Task<(IReadOnlyList<CallerEntry> Entries, int Total)> CallerHistoryAsync(CallerNumber caller, int page, int pageSize)
    {
        await using var db = Open();
        var q = db.GetTable<InteractionRow>().Where(r => r.CallerNumber == caller.Value);
        var total = await q.CountAsync();
        var json = await PageOf(q.OrderByDescending(r => r.RecordedAt).ThenBy(r => r.InteractionId), page, pageSize).Select(r => r.Json).ToListAsync();
        return (json.Select(j => JsonSerializer.Deserialize<CallerEntry>(j!, JournalSerializer.Options)!).ToList(), total);
    }

    /// <summary>Rows of one page, counted in 64 bits: page 2,147,483,647 is past the end, not (overflowed) page 1.</summary>
    private static IQueryable<T> PageOf<T>(IQueryable<T> ordered, int page, int pageSize)
    {
        var skip = (long)(page - 1) * pageSize;
        return skip > int.MaxValue ? ordered.Take(0) : ordered.Skip((int)skip).Take(pageSize);
    }

    /// <summary>The cases opened in [from, to) with the milestones they reached, grouped for a response-time report.</summary>
    public async Task<IReadOnlyList<CaseTimes>> CaseTimesAsync(DateTimeOffset from, DateTimeOffset to, ReportGrouping grouping)
    {
        await using var db = Open();
        DateTime f = from.UtcDateTime, t = to.UtcDateTime;
        var cases = await db.GetTable<CaseRow>().Where(r => r.OpenedAt >= f && r.OpenedAt < t).ToListAsync();
        var milestones = (await (from m in db.GetTable<MilestoneRow>()
                                 join c in db.GetTable<CaseRow>() on m.CaseId equals c.CaseId
                                 where c.OpenedAt >= f && c.OpenedAt < t
                                 select m).ToListAsync())
            .ToLookup(m => m.CaseId);
        return cases.Select(c => CaseRows.ToTimes(c, milestones[c.CaseId], Group(c, grouping), tree)).ToList();
    }

    private string Group(CaseRow c, ReportGrouping grouping) => grouping switch
    {
        ReportGrouping.Unit => c.AssignedUnitId,
        ReportGrouping.Polres => PolresOf(c) is { Length: > 0 } polres ? polres : "(triage)",
        ReportGrouping.Category => c.Category,
        _ => c.Priority,
    };

    /// <summary>Interactions received since <paramref name="since"/>, counted by kind.</summary>
    public async Task<IReadOnlyDictionary<string, int>> ReceivedByKindAsync(DateTimeOffset since)
    {
        await using var db = Open();
        var from = since.UtcDateTime;
        return await db.GetTable<InteractionRow>().Where(r => r.ReceivedAt >= from)
            .GroupBy(r => r.Kind).Select(g => new { Kind = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Kind, x => x.Count);
    }

    /// <summary>Open cases whose deadline passed before <paramref name="before"/> with no newer escalation seen.</summary>
    public async Task<IReadOnlyList<CaseId>> OverdueAsync(DateTimeOffset before, int limit)
    {
        await using var db = Open();
        var cutoff = before.UtcDateTime;
        var ids = await db.GetTable<CaseRow>().Where(r => r.Open && r.Deadline != null && r.Deadline < cutoff)
            .OrderBy(r => r.Deadline).Take(limit).Select(r => r.CaseId).ToListAsync();
        return ids.Select(id => new CaseId(id)).ToList();
    }

    /// <summary>Every open case, or those of one unit and every unit below it: what a wall or console starts from.</summary>
    public async Task<IReadOnlyList<CaseSummary>> OpenCasesAsync(UnitId? within)
    {
        var (rows, _) = await CasesAsync(new CaseFilter(within, null, true, null, null, null, 1, int.MaxValue));
        return rows.Select(CaseRows.ToSummary).ToList();
    }

    /// <summary>The open cases <paramref name="unit"/> may have to act on: assigned to it, or escalated from below it
    /// (whether as far as this unit, <see cref="CaseSummary.IsResponsible"/> tells).</summary>
    public async Task<IReadOnlyList<CaseSummary>> OpenCasesForAsync(UnitId unit)
    {
        await using var db = Open();
        var rows = await db.GetTable<CaseRow>().Where(Within(unit))
            .Where(r => r.Open && (r.AssignedUnitId == unit.Value || r.EscalationLevel > 0)).ToListAsync();
        return rows.Select(CaseRows.ToSummary).ToList();
    }

    /// <summary>The unit itself or any unit below it: its id stands in the chain.</summary>
    private static Expression<Func<CaseRow, bool>> Within(UnitId unit)
    {
        var needle = "," + unit.Value + ",";
        return r => ("," + r.UnitChain + ",").Contains(needle);
    }

    public async Task<(IReadOnlyList<CaseRow> Rows, int Total)> CasesAsync(CaseFilter filter)
    {
        await using var db = Open();
        var q = db.GetTable<CaseRow>().AsQueryable();
        if (filter.UnitId is { } unit) q = q.Where(Within(unit));
        if (filter.State is { } state) { var s = DomainJson.Name(state); q = q.Where(r => r.State == s); }
        if (filter.Open is { } open) q = q.Where(r => r.Open == open);
        if (filter.Priority is { } priority) { var p = DomainJson.Name(priority); q = q.Where(r => r.Priority == p); }
        if (filter.From is { } from) { var f = from.UtcDateTime; q = q.Where(r => r.OpenedAt >= f); }
        if (filter.To is { } to) { var t = to.UtcDateTime; q = q.Where(r => r.OpenedAt < t); }
        var total = await q.CountAsync();
        var rows = await PageOf(q.OrderByDescending(r => r.OpenedAt).ThenBy(r => r.CaseId), filter.Page, filter.PageSize).ToListAsync();
        return (rows, total);
    }
}

/// <summary>Which cases a list shows (Open: true the open ones, false the closed ones, null all); pages count from 1.</summary>
public sealed record CaseFilter(
    UnitId? UnitId, CaseState? State, bool? Open, Monitoring.Domain.Interactions.Priority? Priority,
    DateTimeOffset? From, DateTimeOffset? To, int Page, int PageSize);
