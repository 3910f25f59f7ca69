using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Interactions;

namespace Monitoring.Server.Cases;

/// <summary>A case as the API shows it: where it stands, who must act, by when, and everything that happened.</summary>
public sealed record CaseView(
    CaseId CaseId,
    CaseState State,
    Kind Kind,
    Category Category,
    Priority Priority,
    Location Location,
    string Summary,
    InteractionId InteractionId,
    CallerNumber CallerNumber,
    Channel Channel,
    UnitId AssignedUnitId,
    UnitId ResponsibleUnitId,
    IReadOnlyList<UnitId> ResponsibleUnitIds,
    IReadOnlyList<UnitId> UnitChain,
    int EscalationLevel,
    int Alarms,
    bool OutOfCoverage,
    DateTimeOffset OpenedAt,
    DateTimeOffset UpdatedAt,
    Milestone? Awaiting,
    DateTimeOffset? NextDeadline,
    IReadOnlyList<TimelineEntry> Timeline)
{
    public static CaseView Of(Case c) => new(
        c.Id, c.State, c.Interaction.Kind, c.Interaction.Category!.Value, c.Priority, c.Interaction.Location!, c.Interaction.Summary!,
        c.Interaction.Id, c.Interaction.Caller, c.Interaction.Channel, c.AssignedUnit, c.ResponsibleUnit, c.ResponsibleUnits, c.Chain,
        c.Level, c.Alarms, c.Routing.OutOfCoverage, c.OpenedAt, c.UpdatedAt, c.Awaiting, c.Deadline,
        c.Timeline.Select(TimelineEntry.Of).ToList());
}

/// <summary>One event of a case: when, what, which unit, who acted, and what it set.</summary>
public sealed record TimelineEntry(
    DateTimeOffset At,
    string Type,
    UnitId? UnitId,
    string? Officer,
    string? Detail,
    UnitId? FromUnitId = null,
    int? EscalationLevel = null,
    DateTimeOffset? Deadline = null)
{
    public static TimelineEntry Of(CaseEvent e) => e switch
    {
        CaseOpened o => new(o.At, o.NameOf(), o.Routing.UnitId, o.Interaction.AgentId, o.Interaction.Summary, Deadline: o.Deadline),
        CaseAcknowledged a => new(a.At, a.NameOf(), a.By, a.Officer, null, Deadline: a.Deadline),
        CaseDispatched d => new(d.At, d.NameOf(), d.By, d.Officer, d.Patrol, Deadline: d.Deadline),
        CaseArrived a => new(a.At, a.NameOf(), a.By, a.Officer, null, Deadline: a.Deadline),
        CaseResolved r => new(r.At, r.NameOf(), r.By, r.Officer, r.Outcome),
        CaseCancelled c => new(c.At, c.NameOf(), c.By, c.Officer, DomainJson.Name(c.Reason)),
        CaseEscalated x => new(x.At, x.NameOf(), x.To, null, $"{DomainJson.Name(x.Missed)} deadline missed; alarm {x.Alarm}",
            x.From, x.Level, x.Deadline),
        _ => new(e.At, e.NameOf(), null, null, null),
    };
}
