using Monitoring.Domain.Coverage;
using Monitoring.Domain.Interactions;

namespace Monitoring.Domain.Cases;

/// <summary>
/// Where a case's events have brought it since it opened: the one fold the case and its read-model row both follow,
/// so the two cannot drift. Level is how far up the chain it has climbed; Responsible is the unit it reached, as the
/// escalation named it. AlarmsAcknowledged is the number of the last alarm someone acknowledged. Callers is how many
/// numbers called about it, Priority how urgent it is now (a linked call may raise it).
/// </summary>
public sealed record CaseProgress(CaseState State, int Level, int Alarms, UnitId Responsible, DateTimeOffset? Deadline, DateTimeOffset UpdatedAt,
    Priority Priority, int AlarmsAcknowledged = 0, int Callers = 1)
{
    /// <summary>Alarms nobody has acknowledged yet; none once the case is final, whose record is closed.</summary>
    public int UnacknowledgedAlarms => IsFinal ? 0 : Math.Max(0, Alarms - AlarmsAcknowledged);

    public Milestone? Awaiting => State.Awaiting();

    public bool IsFinal => State.IsFinal();

    public static CaseProgress Opened(CaseOpened e) => new(CaseState.Open, 0, 0, e.Routing.UnitId, e.Deadline, e.At, e.Priority);

    public CaseProgress After(CaseEvent e) => e switch
    {
        CaseAcknowledged a => Moved(a, CaseState.Acknowledged, a.Deadline),
        CaseDispatched d => Moved(d, CaseState.Dispatched, d.Deadline),
        CaseArrived a => Moved(a, CaseState.OnScene, a.Deadline),
        CaseResolved r => Moved(r, CaseState.Resolved, null),
        CaseCancelled c => Moved(c, CaseState.Cancelled, null),
        // Escalation is an attribute of the case, not a state: the case still waits for the milestone it missed.
        CaseEscalated x => this with { Level = x.Level, Alarms = x.Alarm, Responsible = x.To, Deadline = x.Deadline, UpdatedAt = x.At },
        // Filing concerns the caller's history; the case has not moved and nobody updated it.
        CaseInteractionFiled => this,
        // A handover starts the climb again from the new unit.
        CaseReassigned r => this with { Level = 0, Responsible = r.Routing.UnitId, Deadline = r.Deadline, UpdatedAt = r.At },
        CaseNoted n => this with { UpdatedAt = n.At },
        CaseAlarmAcknowledged k => this with { AlarmsAcknowledged = k.Alarm, UpdatedAt = k.At },
        CaseLinked l => Joined(l, l.Priority, l.Callers, l.Deadline),
        CaseJoined j => Joined(j, j.Priority, j.Callers, j.Deadline),
        CaseUnlinked u => this with { Callers = u.Callers, UpdatedAt = u.At },
        CaseMerged m => Moved(m, CaseState.Merged, null),
        CaseOpened => throw new InvalidOperationException($"Case {e.CaseId} is already open."),
        _ => throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name),
    };

    private CaseProgress Joined(CaseEvent e, Priority priority, int callers, DateTimeOffset? deadline) =>
        this with { Priority = priority, Callers = callers, Deadline = deadline ?? Deadline, UpdatedAt = e.At };

    private CaseProgress Moved(CaseEvent e, CaseState state, DateTimeOffset? deadline) =>
        this with { State = state, Deadline = deadline, UpdatedAt = e.At };
}
