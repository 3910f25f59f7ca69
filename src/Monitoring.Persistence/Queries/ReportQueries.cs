using LinqToDB;
using LinqToDB.Async;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Domain.Reports;
using Monitoring.Persistence.ReadModel;

namespace Monitoring.Persistence.Queries;

/// <summary>What response-time reports read: the cases of a period and the milestones they reached.</summary>
public sealed class ReportQueries(ReadModelDatabase database, JurisdictionTree tree)
{
    /// <summary>The cases opened in [from, to) with the milestones they reached, grouped for a response-time report.</summary>
    public async Task<IReadOnlyList<CaseTimes>> CaseTimesAsync(DateTimeOffset from, DateTimeOffset to, ReportGrouping grouping)
    {
        await using var db = database.Open();
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
        ReportGrouping.Polres => CaseRows.PolresOf(c, tree) is { Length: > 0 } polres ? polres : "(triage)",
        ReportGrouping.Category => c.Category,
        _ => c.Priority,
    };
}
