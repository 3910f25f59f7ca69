using System.Text.Json.Serialization;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Interactions;

namespace Monitoring.Domain.Cases;

/// <summary>
/// What happened to a case, in its journal. The discriminators are stable short names: they are what the journal
/// stores, so renaming a type never breaks recovery. Deadlines are decided once and carried, so a replay under
/// changed SLA settings rebuilds the same case.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$e")]
[JsonDerivedType(typeof(CaseOpened), "opened")]
[JsonDerivedType(typeof(CaseAcknowledged), "acknowledged")]
[JsonDerivedType(typeof(CaseDispatched), "dispatched")]
[JsonDerivedType(typeof(CaseArrived), "arrived")]
[JsonDerivedType(typeof(CaseResolved), "resolved")]
[JsonDerivedType(typeof(CaseCancelled), "cancelled")]
[JsonDerivedType(typeof(CaseEscalated), "escalated")]
[JsonDerivedType(typeof(CaseInteractionFiled), "filed")]
[JsonDerivedType(typeof(CaseReassigned), "reassigned")]
[JsonDerivedType(typeof(CaseNoted), "noted")]
[JsonDerivedType(typeof(CaseAlarmAcknowledged), "alarmAcked")]
[JsonDerivedType(typeof(CaseLinked), "linked")]
[JsonDerivedType(typeof(CaseUnlinked), "unlinked")]
[JsonDerivedType(typeof(CaseMerged), "merged")]
[JsonDerivedType(typeof(CaseJoined), "joined")]
public abstract record CaseEvent(CaseId CaseId, DateTimeOffset At);

public sealed record CaseOpened(
    CaseId CaseId, DateTimeOffset At, Interaction Interaction, Priority Priority, Routing Routing, DateTimeOffset Deadline)
    : CaseEvent(CaseId, At);

/// <summary>A unit's action on the case; By is the unit, Officer who acted for it.</summary>
public abstract record CaseActed(CaseId CaseId, DateTimeOffset At, UnitId By, Person Officer) : CaseEvent(CaseId, At);

public sealed record CaseAcknowledged(CaseId CaseId, DateTimeOffset At, UnitId By, Person Officer, DateTimeOffset Deadline)
    : CaseActed(CaseId, At, By, Officer);

public sealed record CaseDispatched(CaseId CaseId, DateTimeOffset At, UnitId By, Person Officer, string Patrol, DateTimeOffset Deadline)
    : CaseActed(CaseId, At, By, Officer);

public sealed record CaseArrived(CaseId CaseId, DateTimeOffset At, UnitId By, Person Officer, DateTimeOffset Deadline)
    : CaseActed(CaseId, At, By, Officer);

public sealed record CaseResolved(CaseId CaseId, DateTimeOffset At, UnitId By, Person Officer, string Outcome)
    : CaseActed(CaseId, At, By, Officer);

/// <summary>Cancellations journaled before the note was required have none: they read with an empty one.</summary>
public sealed record CaseCancelled(CaseId CaseId, DateTimeOffset At, UnitId By, Person Officer, CancelReason Reason, string Note = "")
    : CaseActed(CaseId, At, By, Officer);

/// <summary>
/// A deadline passed: responsibility moved From → To (the parent), or, at the top, To == From and the alarm repeats.
/// Alarm counts the alarms of this case so far, repeats included.
/// </summary>
public sealed record CaseEscalated(
    CaseId CaseId, DateTimeOffset At, Milestone Missed, UnitId From, UnitId To, int Level, int Alarm, DateTimeOffset Deadline)
    : CaseEvent(CaseId, At)
{
    /// <summary>Whether responsibility moved up a level; false for an alarm repeated at the top of the chain.</summary>
    public bool Climbed => From != To;
}

/// <summary>A call of the case is in its caller's history: it need not be sent again after a restart. Interaction is the
/// call filed; null (every filing journaled before calls could be linked) is the opening one.</summary>
public sealed record CaseInteractionFiled(CaseId CaseId, DateTimeOffset At, InteractionId? Interaction = null) : CaseEvent(CaseId, At);

/// <summary>
/// The case was handed from unit From to Routing's unit, whose chain it now follows; escalation starts again from that
/// unit, with the Deadline the handover gave the stage it waits for.
/// </summary>
public sealed record CaseReassigned(
    CaseId CaseId, DateTimeOffset At, UnitId By, Person Officer, UnitId From, Routing Routing, string Reason, DateTimeOffset Deadline)
    : CaseActed(CaseId, At, By, Officer);

/// <summary>A unit on the chain wrote a note; the case has not moved.</summary>
public sealed record CaseNoted(CaseId CaseId, DateTimeOffset At, UnitId By, Person Officer, string Text) : CaseActed(CaseId, At, By, Officer);

/// <summary>The case's alarms up to number Alarm were seen; the case has not moved, and a later alarm is open again.</summary>
public sealed record CaseAlarmAcknowledged(CaseId CaseId, DateTimeOffset At, UnitId By, Person Officer, int Alarm)
    : CaseActed(CaseId, At, By, Officer);

/// <summary>
/// Another call about the same incident joined the case instead of opening one (NENA EIDO's link): Priority is the case's
/// priority with it (raised when the call asks for more), Callers the distinct numbers that called about it, Deadline the
/// waiting stage's deadline the raise brought forward (null when it moved nothing). Automatic when the center linked it
/// without asking the call taker.
/// </summary>
public sealed record CaseLinked(CaseId CaseId, DateTimeOffset At, Interaction Interaction, Priority Priority, int Callers, bool Automatic,
    DateTimeOffset? Deadline) : CaseEvent(CaseId, At);

/// <summary>An operator took a linked call out of the case: it is the case SplitTo now, with its own deadlines.</summary>
public sealed record CaseUnlinked(CaseId CaseId, DateTimeOffset At, UnitId By, Person Officer, InteractionId Interaction, CaseId SplitTo, int Callers)
    : CaseActed(CaseId, At, By, Officer);

/// <summary>An operator merged the case into Into, which holds its calls now; this one is closed and points there.</summary>
public sealed record CaseMerged(CaseId CaseId, DateTimeOffset At, UnitId By, Person Officer, CaseId Into, string Reason)
    : CaseActed(CaseId, At, By, Officer);

/// <summary>The calls of case From joined this one in a merge, raising it as a linked call does.</summary>
public sealed record CaseJoined(CaseId CaseId, DateTimeOffset At, UnitId By, Person Officer, CaseId From, IReadOnlyList<Interaction> Calls,
    Priority Priority, int Callers, DateTimeOffset? Deadline) : CaseActed(CaseId, At, By, Officer);
