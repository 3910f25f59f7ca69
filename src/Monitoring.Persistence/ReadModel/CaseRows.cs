using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Domain.Reports;

namespace Monitoring.Persistence.ReadModel;

/// <summary>How each case event changes the case's read-model row: fields copied from the event, no rules of its own.</summary>
public static class CaseRows
{
    /// <summary>The milestone row of a cancellation; its detail is the reason.</summary>
    private const string Cancelled = "cancelled";

    public static CaseRow? Apply(CaseRow? row, CaseEvent e, long version)
    {
        if (e is CaseOpened o) return Opened(o, version);
        if (row is null) return null;
        row.Version = version;
        switch (e)
        {
            case CaseAcknowledged a: Moved(row, a, CaseState.Acknowledged, a.Deadline); break;
            case CaseDispatched d: Moved(row, d, CaseState.Dispatched, d.Deadline); break;
            case CaseArrived a: Moved(row, a, CaseState.OnScene, a.Deadline); break;
            case CaseResolved r: Moved(row, r, CaseState.Resolved, null); break;
            case CaseCancelled c: Moved(row, c, CaseState.Cancelled, null); break;
            case CaseEscalated x:
                row.EscalationLevel = x.Level;
                row.Alarms = x.Alarm;
                row.ResponsibleUnitId = x.To.Value;
                row.Deadline = x.Deadline.UtcDateTime;
                row.UpdatedAt = x.At.UtcDateTime;
                break;
        }
        return row;
    }

    /// <summary>The milestone row an event marks, if it marks one.</summary>
    public static MilestoneRow? Milestone(CaseRow row, CaseEvent e, string polresId)
    {
        var (name, detail) = e switch
        {
            CaseCancelled c => (Cancelled, DomainJson.Name(c.Reason)),
            _ => (Milestones.ReachedBy(e)?.ReachedName(), (string?)null),
        };
        if (name is null) return null;
        return new MilestoneRow
        {
            CaseId = row.CaseId, Milestone = name, At = e.At.UtcDateTime, SecondsFromReceived = (e.At.UtcDateTime - row.ReceivedAt).TotalSeconds,
            Priority = row.Priority, Category = row.Category, AssignedUnitId = row.AssignedUnitId, PolresId = polresId,
            ByUnitId = (e as CaseActed)?.By.Value, Detail = detail,
        };
    }

    /// <summary>The Polres the case's unit belongs to, "" for a case outside every Polres (triage).</summary>
    public static string PolresOf(CaseRow row, JurisdictionTree tree) => tree.PolresOf(new UnitId(row.AssignedUnitId))?.Value ?? "";

    /// <summary>The row as the summary a wall or console shows, the same shape as a live change.</summary>
    public static CaseSummary ToSummary(CaseRow r) => new(
        new CaseId(r.CaseId), r.Version, Parse<CaseState>(r.State), Parse<Kind>(r.Kind), Parse<Category>(r.Category), Parse<Priority>(r.Priority),
        new UnitId(r.AssignedUnitId), new UnitId(r.ResponsibleUnitId), r.EscalationLevel, r.Alarms, r.OutOfCoverage,
        new Location(r.Latitude, r.Longitude, r.Address), r.Summary, Utc(r.OpenedAt), Utc(r.UpdatedAt), r.Deadline is { } d ? Utc(d) : null,
        r.Awaiting is { } a ? Parse<Milestone>(a) : null, r.UnitChain.Split(',').Select(u => new UnitId(u)).ToList());

    /// <summary>The row and its milestone rows as the times a response-time report reads.</summary>
    public static CaseTimes ToTimes(CaseRow r, IEnumerable<MilestoneRow> milestones, string group, JurisdictionTree tree)
    {
        var reached = new Dictionary<Milestone, DateTimeOffset>();
        CancelReason? cancelled = null;
        foreach (var m in milestones)
        {
            if (m.Milestone == Cancelled) cancelled = m.Detail is { } d ? Parse<CancelReason>(d) : null;
            else if (Milestones.FromReachedName(m.Milestone) is { } milestone) reached[milestone] = Utc(m.At);
        }
        return new CaseTimes(group, Parse<Priority>(r.Priority), Utc(r.ReceivedAt), r.AnsweredAt is { } a ? Utc(a) : null, reached,
            !r.Open, cancelled, EscalatedTo(r, tree), r.Alarms);
    }

    /// <summary>The levels of the units the case climbed to: those responsible for it above the assigned unit.</summary>
    private static IReadOnlyList<UnitLevel> EscalatedTo(CaseRow r, JurisdictionTree tree) =>
        Case.ResponsibleUnitsOf(r.UnitChain.Split(',').Select(u => new UnitId(u)).ToList(), r.EscalationLevel)
            .Skip(1).Select(u => tree.Get(u).Level).ToList();

    private static T Parse<T>(string name) where T : struct, Enum =>
        EnumNames<T>.TryParse(name, out var value) ? value : throw new FormatException($"Unknown {typeof(T).Name} '{name}' in the read model.");

    private static DateTimeOffset Utc(DateTime t) => new(DateTime.SpecifyKind(t, DateTimeKind.Utc));

    private static CaseRow Opened(CaseOpened o, long version)
    {
        var i = o.Interaction;
        return new CaseRow
        {
            CaseId = o.CaseId.Value, State = DomainJson.Name(CaseState.Open), Kind = DomainJson.Name(i.Kind), Category = DomainJson.Name(i.Category!.Value),
            Priority = DomainJson.Name(o.Priority), AssignedUnitId = o.Routing.UnitId.Value, ResponsibleUnitId = o.Routing.UnitId.Value,
            UnitChain = string.Join(',', o.Routing.Chain.Select(u => u.Value)), OutOfCoverage = o.Routing.OutOfCoverage,
            Latitude = i.Location!.Latitude, Longitude = i.Location.Longitude, Address = i.Location.Address, Summary = i.Summary!,
            CallerNumber = i.Caller.Value, InteractionId = i.Id.Value, ReceivedAt = i.ReceivedAt.UtcDateTime, AnsweredAt = i.AnsweredAt?.UtcDateTime, OpenedAt = o.At.UtcDateTime,
            UpdatedAt = o.At.UtcDateTime, Deadline = o.Deadline.UtcDateTime, Awaiting = DomainJson.Name(Monitoring.Domain.Cases.Milestone.Acknowledge),
            Open = true, Version = version,
        };
    }

    private static void Moved(CaseRow row, CaseEvent e, CaseState state, DateTimeOffset? deadline)
    {
        row.State = DomainJson.Name(state);
        row.Open = !state.IsFinal();
        row.Awaiting = state.Awaiting() is { } m ? DomainJson.Name(m) : null;
        row.Deadline = deadline?.UtcDateTime;
        row.UpdatedAt = e.At.UtcDateTime;
    }
}
