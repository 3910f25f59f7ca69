using System.Linq.Expressions;
using LinqToDB;
using LinqToDB.Async;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Surges;
using Monitoring.Persistence.ReadModel;

namespace Monitoring.Persistence.Queries;

/// <summary>Cases from the read model: the lists of walls, consoles and managers, and the two questions actors ask.</summary>
public sealed class CaseQueries(ReadModelDatabase database) : ICaseReadModel
{
    /// <summary>Open cases whose deadline passed before <paramref name="before"/> with no newer escalation seen.</summary>
    public async Task<IReadOnlyList<CaseId>> OverdueAsync(DateTimeOffset before, int limit)
    {
        await using var db = database.Open();
        var cutoff = before.UtcDateTime;
        var ids = await db.GetTable<CaseRow>().Where(r => r.Open && r.Deadline != null && r.Deadline < cutoff)
            .OrderBy(r => r.Deadline).Take(limit).Select(r => r.CaseId).ToListAsync();
        return ids.Select(id => new CaseId(id)).ToList();
    }

    /// <summary>Every open case, or those of one unit and every unit below it: what a wall or console starts from.</summary>
    public async Task<IReadOnlyList<CaseSummary>> OpenCasesAsync(UnitId? within)
    {
        var (cases, _) = await CasesAsync(new CaseFilter(within, null, true, null, null, null, 1, int.MaxValue));
        return cases;
    }

    /// <summary>The open cases <paramref name="unit"/> may have to act on: assigned to it, or escalated from below it
    /// (whether as far as this unit, <see cref="CaseSummary.IsResponsible"/> tells).</summary>
    public async Task<IReadOnlyList<CaseSummary>> OpenCasesForAsync(UnitId unit)
    {
        await using var db = database.Open();
        var rows = await db.GetTable<CaseRow>().Where(Within(unit))
            .Where(r => r.Open && (r.AssignedUnitId == unit.Value || r.EscalationLevel > 0)).ToListAsync();
        return rows.Select(CaseRows.ToSummary).ToList();
    }

    public async Task<IReadOnlyList<CaseSummary>> ChangedSinceAsync(DateTime since, int limit)
    {
        await using var db = database.Open();
        var rows = await db.GetTable<CaseRow>().Where(r => r.UpdatedAt >= since).OrderBy(r => r.UpdatedAt).Take(limit).ToListAsync();
        return rows.Select(CaseRows.ToSummary).ToList();
    }

    public async Task<SurgeBaseline> OpenedByHourAsync(UnitId unit, DateTimeOffset until, int days)
    {
        await using var db = database.Open();
        var from = until.UtcDateTime.AddDays(-days);
        var to = until.UtcDateTime;
        var opened = await db.GetTable<CaseRow>().Where(r => r.AssignedUnitId == unit.Value && r.OpenedAt >= from && r.OpenedAt < to)
            .Select(r => r.OpenedAt).ToListAsync();
        var byHour = new int[24];
        foreach (var at in opened) byHour[SurgeBaseline.HourOf(CaseRows.Utc(at))]++;
        return new SurgeBaseline(byHour, days);
    }

    /// <summary>The unit itself or any unit below it: its id stands in the chain.</summary>
    private static Expression<Func<CaseRow, bool>> Within(UnitId unit)
    {
        var needle = "," + unit.Value + ",";
        return r => ("," + r.UnitChain + ",").Contains(needle);
    }

    /// <summary>One page of the cases the filter lets through, newest first, and how many it lets through in all.</summary>
    public async Task<(IReadOnlyList<CaseSummary> Cases, int Total)> CasesAsync(CaseFilter filter)
    {
        await using var db = database.Open();
        var q = db.GetTable<CaseRow>().AsQueryable();
        if (filter.UnitId is { } unit) q = q.Where(Within(unit));
        if (filter.State is { } state) { var s = DomainJson.Name(state); q = q.Where(r => r.State == s); }
        if (filter.Open is { } open) q = q.Where(r => r.Open == open);
        if (filter.Priority is { } priority) { var p = DomainJson.Name(priority); q = q.Where(r => r.Priority == p); }
        if (filter.From is { } from) { var f = from.UtcDateTime; q = q.Where(r => r.OpenedAt >= f); }
        if (filter.To is { } to) { var t = to.UtcDateTime; q = q.Where(r => r.OpenedAt < t); }
        var total = await q.CountAsync();
        var rows = await Paging.PageOf(q.OrderByDescending(r => r.OpenedAt).ThenBy(r => r.CaseId), filter.Page, filter.PageSize).ToListAsync();
        return (rows.Select(CaseRows.ToSummary).ToList(), total);
    }
}
