using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Domain.Reports;

namespace Monitoring.Persistence.ReadModel;

/// <summary>The case's read-model row: its columns as CaseProgress folds the events, no rules of its own.</summary>
public static class CaseRows
{
    /// <summary>The milestone row of a cancellation; its detail is the reason.</summary>
    private const string Cancelled = "cancelled";

    public static CaseRow? Apply(CaseRow? row, CaseEvent e, long version)
    {
        if (e is CaseOpened o) return Opened(o, version);
        if (row is null) return null;
        row.Version = version;
        var before = ProgressOf(row);
        var after = before.After(e);
        // An event that moves nothing (a filing) leaves the row's columns exactly as stored.
        if (after != before) Write(row, after);
        if (e is CaseReassigned r) Route(row, r.Routing);
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
    public static string PolresOf(CaseRow row, JurisdictionTree tree) => PolresOf(row.AssignedUnitId, tree) ?? "";

    /// <summary>The Polres a unit belongs to, null above the Polres level.</summary>
    public static string? PolresOf(string unitId, JurisdictionTree tree) => GroupOf(unitId, tree, id => tree.PolresOf(id)?.Value);

    /// <summary>The Polda a unit lies in, or Mabes for Mabes itself: where a case or call counts when reports group by Polda.</summary>
    public static string PoldaOf(string unitId, JurisdictionTree tree) => GroupOf(unitId, tree, id => (tree.PoldaOf(id) ?? tree.Root.Id).Value)!;

    /// <summary>The case's chain of command as it was routed, its unit first.</summary>
    public static IReadOnlyList<UnitId> ChainOf(CaseRow r) => r.UnitChain.Split(',').Select(u => new UnitId(u)).ToList();

    /// <summary>The unit a call concerns: its case's, else where its place routes, else the triage unit (a prank with no place).</summary>
    public static UnitId UnitOfCall(string? assignedUnitId, double? latitude, double? longitude, CoverageMap coverage, JurisdictionTree tree) =>
        assignedUnitId is { } assigned ? new UnitId(assigned)
        : (latitude, longitude) is ({ } lat, { } lon) ? coverage.Resolve(new GeoPoint(lat, lon)).UnitId
        : tree.TriageUnit.Id;

    /// <summary>A unit of a Polda the center no longer serves (taken out of Monitoring:Jurisdiction:Polda) keeps its cases
    /// under its own id: its cases still change and are still reported, and the projection must not stop on them.</summary>
    private static string? GroupOf(string unitId, JurisdictionTree tree, Func<UnitId, string?> group) =>
        tree.Contains(new UnitId(unitId)) ? group(new UnitId(unitId)) : unitId;

    /// <summary>The row as the summary a wall or console shows, the same shape as a live change.</summary>
    public static CaseSummary ToSummary(CaseRow r) => new(
        new CaseId(r.CaseId), r.Version, Parse<CaseState>(r.State), Parse<Kind>(r.Kind), Parse<Category>(r.Category), Parse<Priority>(r.Priority),
        new UnitId(r.AssignedUnitId), new UnitId(r.ResponsibleUnitId), r.EscalationLevel, r.Alarms, r.OutOfCoverage,
        new Location(r.Latitude, r.Longitude, r.Address), r.Summary, r.CallerNumber, Utc(r.ReceivedAt), Utc(r.OpenedAt), Utc(r.UpdatedAt), r.Deadline is { } d ? Utc(d) : null,
        r.Awaiting is { } a ? Parse<Milestone>(a) : null, ChainOf(r), Utc(r.FirstDeadline ?? r.OpenedAt),
        ProgressOf(r).UnacknowledgedAlarms, r.Callers);

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
        Case.ResponsibleUnitsOf(ChainOf(r), r.EscalationLevel)
            .Skip(1).Where(tree.Contains).Select(u => tree.Get(u).Level).ToList();

    internal static T Parse<T>(string name) where T : struct, Enum =>
        EnumNames<T>.TryParse(name, out var value) ? value : throw new FormatException($"Unknown {typeof(T).Name} '{name}' in the read model.");

    internal static DateTimeOffset Utc(DateTime t) => new(DateTime.SpecifyKind(t, DateTimeKind.Utc));

    private static CaseRow Opened(CaseOpened o, long version)
    {
        var i = o.Interaction;
        return Write(Route(new CaseRow
        {
            CaseId = o.CaseId.Value, Kind = DomainJson.Name(i.Kind), Category = DomainJson.Name(i.Category!.Value),
            Latitude = i.Location!.Latitude, Longitude = i.Location.Longitude, Address = i.Location.Address, Summary = i.Summary!,
            CallerNumber = i.Caller.Value, InteractionId = i.Id.Value, ReceivedAt = i.ReceivedAt.UtcDateTime, AnsweredAt = i.AnsweredAt?.UtcDateTime, OpenedAt = o.At.UtcDateTime,
            FirstDeadline = o.Deadline.UtcDateTime, Version = version,
        }, o.Routing), CaseProgress.Opened(o));
    }

    /// <summary>Where the case stands in the tree: set at the opening, set again by a handover.</summary>
    private static CaseRow Route(CaseRow row, Routing routing)
    {
        row.AssignedUnitId = routing.UnitId.Value;
        row.UnitChain = string.Join(',', routing.Chain.Select(u => u.Value));
        row.OutOfCoverage = routing.OutOfCoverage;
        return row;
    }

    private static CaseProgress ProgressOf(CaseRow row) => new(
        Parse<CaseState>(row.State), row.EscalationLevel, row.Alarms, new UnitId(row.ResponsibleUnitId),
        row.Deadline is { } d ? Utc(d) : null, Utc(row.UpdatedAt), Parse<Priority>(row.Priority), row.AlarmsAcknowledged, row.Callers);

    private static CaseRow Write(CaseRow row, CaseProgress p)
    {
        row.State = DomainJson.Name(p.State);
        row.Open = !p.IsFinal;
        row.Awaiting = p.Awaiting is { } m ? DomainJson.Name(m) : null;
        row.EscalationLevel = p.Level;
        row.Alarms = p.Alarms;
        row.AlarmsAcknowledged = p.AlarmsAcknowledged;
        row.ResponsibleUnitId = p.Responsible.Value;
        row.Deadline = p.Deadline?.UtcDateTime;
        row.UpdatedAt = p.UpdatedAt.UtcDateTime;
        row.Priority = DomainJson.Name(p.Priority);
        row.Callers = p.Callers;
        return row;
    }
}
