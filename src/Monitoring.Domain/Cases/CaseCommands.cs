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
public abstract record CaseCommand;

public sealed record OpenCase(Interaction Interaction, Priority Priority, Routing Routing) : CaseCommand;

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

/// <summary>The caller actor has the opening interaction in its history.</summary>
public sealed record MarkInteractionFiled : CaseCommand
{
    public static MarkInteractionFiled Instance { get; } = new();
}

/// <summary>Hand the case to another unit (<see cref="CaseHandover"/> says which); the reason tells the new unit why it has it.</summary>
public sealed record Reassign(UnitId By, Person Officer, UnitId To, string Reason) : UnitAction(By, Officer);

/// <summary>A note on the case's timeline, for every unit on its chain to read.</summary>
public sealed record AddNote(UnitId By, Person Officer, string Text) : UnitAction(By, Officer);

/// <summary>Someone watching the wall has seen the case's alarms up to number <paramref name="Alarm"/> (all of them when
/// null): naming the number keeps an alarm that arrived while the click was on its way open.</summary>
public sealed record AcknowledgeAlarm(UnitId By, Person Officer, int? Alarm) : UnitAction(By, Officer);
