using LinqToDB;
using LinqToDB.Async;
using Monitoring.Domain;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Retention;
using Monitoring.Persistence.ReadModel;

namespace Monitoring.Persistence.Retention;

/// <summary>
/// Removes the personal data of what ended before a cutoff, journal first and read model after, so that a purge cut
/// short is simply done again by the next (what it selects is what the read model still holds):
/// <list type="bullet">
/// <item>a case that is no longer open and was last changed before the cutoff keeps its row and its milestones — the
/// figures — with the caller's number, the summary and the address blank and the place rounded;</item>
/// <item>an interaction received before the cutoff leaves its caller's history (its row is deleted), unless its case
/// is still open or not yet past the cutoff: a caller's history keeps what an open case still needs.</item>
/// </list>
/// An open case is never touched, whatever its age. Counts are of rows this purge changed, so two nodes purging at
/// once count each row once.
/// </summary>
public sealed class RetentionPurge(ReadModelDatabase database, JournalPurge journal)
{
    /// <summary>Rows per round: a round's journal work is one transaction per case or caller.</summary>
    public const int Batch = 200;

    public async Task<RetentionCounts> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellation = default)
    {
        var total = RetentionCounts.None;
        var before = cutoff.UtcDateTime;
        while (await PurgeCasesAsync(before, cancellation) is { Any: true } cases) total = total.Add(cases);
        while (await PurgeInteractionsAsync(before, cancellation) is { Any: true } interactions) total = total.Add(interactions);
        return total;
    }

    private async Task<RetentionCounts> PurgeCasesAsync(DateTime before, CancellationToken cancellation)
    {
        await using var db = database.Open();
        var rows = await db.GetTable<CaseRow>().Where(r => !r.Open && r.UpdatedAt < before && r.CallerNumber != "")
            .OrderBy(r => r.UpdatedAt).Take(Batch).ToListAsync(cancellation);
        int events = 0, cases = 0;
        foreach (var row in rows)
        {
            events += await journal.RedactCaseAsync(new CaseId(row.CaseId), cancellation);
            var place = Redaction.Redact(new Location(row.Latitude, row.Longitude, row.Address));
            // Only a row still holding a number is changed: the count is of cases this purge made anonymous.
            cases += await db.GetTable<CaseRow>().Where(r => r.CaseId == row.CaseId && r.CallerNumber != "")
                .Set(r => r.CallerNumber, "").Set(r => r.Summary, "").Set(r => r.Address, (string?)null)
                .Set(r => r.Latitude, place.Latitude).Set(r => r.Longitude, place.Longitude)
                .UpdateAsync(cancellation);
        }
        // A round that changed nothing (another node got there first) ends the rounds.
        return new RetentionCounts(cases, 0, events, 0);
    }

    private async Task<RetentionCounts> PurgeInteractionsAsync(DateTime before, CancellationToken cancellation)
    {
        await using var db = database.Open();
        var cases = db.GetTable<CaseRow>();
        var rows = await db.GetTable<InteractionRow>()
            .Where(i => i.ReceivedAt < before && i.CallerNumber != "")
            .Where(i => i.CaseId == null || cases.Any(c => c.CaseId == i.CaseId && !c.Open && c.UpdatedAt < before))
            .OrderBy(i => i.ReceivedAt).Take(Batch).Select(i => new { i.InteractionId, i.CallerNumber }).ToListAsync(cancellation);
        if (rows.Count == 0) return RetentionCounts.None;
        var events = 0;
        foreach (var caller in rows.GroupBy(r => r.CallerNumber))
            events += await journal.DeleteCallerEventsAsync(new CallerNumber(caller.Key), caller.Select(r => r.InteractionId).ToHashSet(), cancellation);
        var ids = rows.Select(r => r.InteractionId).ToList();
        var deleted = await db.GetTable<InteractionRow>().Where(i => ids.Contains(i.InteractionId)).DeleteAsync(cancellation);
        return new RetentionCounts(0, deleted, 0, events);
    }
}
