using System.Text.Json.Serialization;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Interactions;

namespace Monitoring.Domain.Cases;

/// <summary>
/// What can be asked of a case. A command crosses nodes on its way to the case's actor: the discriminators are its
/// stable short names there, as the events' are in the journal.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$c")]
[JsonDerivedType(typeof(OpenCase), "open")]
[JsonDerivedType(typeof(Acknowledge), "acknowledge")]
[JsonDerivedType(typeof(Dispatch), "dispatch")]
[JsonDerivedType(typeof(Arrive), "arrive")]
[JsonDerivedType(typeof(Resolve), "resolve")]
[JsonDerivedType(typeof(Cancel), "cancel")]
[JsonDerivedType(typeof(CheckDeadline), "check")]
[JsonDerivedType(typeof(MarkInteractionFiled), "filed")]
[JsonDerivedType(typeof(Reassign), "reassign")]
[JsonDerivedType(typeof(AddNote), "note")]
[JsonDerivedType(typeof(AcknowledgeAlarm), "acknowledgeAlarm")]
[JsonDerivedType(typeof(LinkCall), "link")]
[JsonDerivedType(typeof(UnlinkCall), "unlink")]
[JsonDerivedType(typeof(MergeInto), "merge")]
[JsonDerivedType(typeof(JoinCalls), "join")]
public abstract record CaseCommand;

/// <summary>Open the case for the interaction. Since, when set, is the moment its deadlines count from instead of now: a call
/// split off another case keeps the deadlines of its own call time.</summary>
public sealed record OpenCase(Interaction Interaction, Priority Priority, Routing Routing, DateTimeOffset? Since = null) : CaseCommand;

/// <summary>An action by a unit; only units on the case's chain may take it. Officer is the person acting for the unit.</summary>
public abstract record UnitAction(UnitId By, Person Officer) : CaseCommand;

public sealed record Acknowledge(UnitId By, Person Officer) : UnitAction(By, Officer);

public sealed record Dispatch(UnitId By, Person Officer, string Patrol) : UnitAction(By, Officer);

public sealed record Arrive(UnitId By, Person Officer) : UnitAction(By, Officer);

public sealed record Resolve(UnitId By, Person Officer, string Outcome) : UnitAction(By, Officer);

/// <summary>The note says in the canceller's words why the case needs no response, for whoever reviews the cancellation.</summary>
public sealed record Cancel(UnitId By, Person Officer, CancelReason Reason, string Note) : UnitAction(By, Officer);

/// <summary>The clock: escalate if the current deadline has passed, otherwise nothing.</summary>
public sealed record CheckDeadline : CaseCommand
{
    public static CheckDeadline Instance { get; } = new();
}

/// <summary>The caller actor has this call of the case in its history.</summary>
public sealed record MarkInteractionFiled(InteractionId Interaction) : CaseCommand;

/// <summary>Hand the case to another unit (<see cref="CaseHandover"/> says which); the reason tells the new unit why it has it.</summary>
public sealed record Reassign(UnitId By, Person Officer, UnitId To, string Reason) : UnitAction(By, Officer);

/// <summary>A note on the case's timeline, for every unit on its chain to read.</summary>
public sealed record AddNote(UnitId By, Person Officer, string Text) : UnitAction(By, Officer);

/// <summary>Someone watching the wall has seen the case's alarms up to number <paramref name="Alarm"/> (all of them when
/// null): naming the number keeps an alarm that arrived while the click was on its way open.</summary>
public sealed record AcknowledgeAlarm(UnitId By, Person Officer, int? Alarm) : UnitAction(By, Officer);

/// <summary>A call about the incident this case is for: it joins the case (the intake's link, or the center's own when
/// unambiguous) at the priority the intake gave it.</summary>
public sealed record LinkCall(Interaction Interaction, Priority Priority, bool Automatic) : CaseCommand;

/// <summary>Take the linked call out of the case; it opens as case SplitTo (chosen by the asker, so a retry finds it).</summary>
public sealed record UnlinkCall(UnitId By, Person Officer, InteractionId Interaction, CaseId SplitTo) : UnitAction(By, Officer);

/// <summary>Close this case as merged into Into, whose <see cref="JoinCalls"/> has taken its calls.</summary>
public sealed record MergeInto(UnitId By, Person Officer, CaseId Into, string Reason) : UnitAction(By, Officer);

/// <summary>Take the calls of case From, merged into this one for the reason the merge gives.</summary>
public sealed record JoinCalls(UnitId By, Person Officer, CaseId From, IReadOnlyList<Interaction> Calls, Priority Priority, string Reason) : UnitAction(By, Officer);
