using LinqToDB;
using LinqToDB.Async;
using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Domain.Reports;
using Monitoring.Persistence.ReadModel;

namespace Monitoring.Persistence.Queries;

/// <summary>What response-time reports read: the cases of a period and the milestones they reached.</summary>
public sealed class ReportQueries(ReadModelDatabase database, JurisdictionTree tree, CoverageMap coverage)
{
    /// <summary>The group of what lies under no Polres: the Polda's triage, where an unroutable call goes.</summary>
    public const string TriageGroup = "(triage)";

    /// <summary>The cases opened in [from, to) whose chain the reader <paramref name="sees"/>, with the milestones they reached,
    /// grouped for a response-time report. A case merged into another is not an incident of its own: its calls count with
    /// the case that took them.</summary>
    public async Task<IReadOnlyList<CaseTimes>> CaseTimesAsync(DateTimeOffset from, DateTimeOffset to, ReportGrouping grouping,
        Func<IReadOnlyList<UnitId>, bool> sees)
    {
        await using var db = database.Open();
        DateTime f = from.UtcDateTime, t = to.UtcDateTime;
        var merged = DomainJson.Name(CaseState.Merged);
        var cases = await db.GetTable<CaseRow>().Where(r => r.OpenedAt >= f && r.OpenedAt < t && r.State != merged).ToListAsync();
        var milestones = (await (from m in db.GetTable<MilestoneRow>()
                                 join c in db.GetTable<CaseRow>() on m.CaseId equals c.CaseId
                                 where c.OpenedAt >= f && c.OpenedAt < t && c.State != merged
                                 select m).ToListAsync())
            .ToLookup(m => m.CaseId);
        return cases.Where(c => sees(CaseRows.ChainOf(c)))
            .Select(c => CaseRows.ToTimes(c, milestones[c.CaseId], Group(c, grouping), tree)).ToList();
    }

    /// <summary>Every interaction that rang in [from, to) about a unit the reader <paramref name="holds"/>, whatever its kind, for
    /// the answer times over all calls; a call of a case it did not open joined it.</summary>
    public async Task<IReadOnlyList<CallTimes>> CallTimesAsync(DateTimeOffset from, DateTimeOffset to, Func<UnitId, bool> holds)
    {
        await using var db = database.Open();
        DateTime f = from.UtcDateTime, t = to.UtcDateTime;
        var rows = await (from r in db.GetTable<InteractionRow>().Where(r => r.ReceivedAt >= f && r.ReceivedAt < t)
                          from c in db.GetTable<CaseRow>().LeftJoin(c => c.CaseId == r.CaseId)
                          select new { r.Kind, r.ReceivedAt, r.AnsweredAt, Linked = r.CaseId != null && c.InteractionId != r.InteractionId,
                              r.AssignedUnitId, r.Latitude, r.Longitude }).ToListAsync();
        return rows.Where(r => holds(CaseRows.UnitOfCall(r.AssignedUnitId, r.Latitude, r.Longitude, coverage, tree))).Select(r => new CallTimes(CaseRows.Parse<Kind>(r.Kind), CaseRows.Utc(r.ReceivedAt), r.AnsweredAt is { } a ? CaseRows.Utc(a) : null, r.Linked)).ToList();
    }

    /// <summary>What the report's total row is named after: the Polda the center serves, or "national" (<see cref="ReportTotal"/>).</summary>
    public string Polda => ReportTotal.Of(tree);

    private string Group(CaseRow c, ReportGrouping grouping) => grouping switch
    {
        ReportGrouping.Unit => c.AssignedUnitId,
        ReportGrouping.Polres => CaseRows.PolresOf(c, tree) is { Length: > 0 } polres ? polres : TriageGroup,
        ReportGrouping.Polda => CaseRows.PoldaOf(c.AssignedUnitId, tree),
        ReportGrouping.Category => c.Category,
        _ => c.Priority,
    };
}
