using System.Text.Json.Serialization;

namespace Monitoring.Domain.Patrols;

/// <summary>
/// What happened on a unit's patrol board, in the unit's journal. The discriminators are stable short names, as the case
/// events' are. By is the person who changed the board; a change that follows a case names the case instead.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$e")]
[JsonDerivedType(typeof(PatrolAdded), "added")]
[JsonDerivedType(typeof(PatrolRemoved), "removed")]
[JsonDerivedType(typeof(PatrolDispatched), "dispatched")]
[JsonDerivedType(typeof(PatrolArrived), "arrived")]
[JsonDerivedType(typeof(PatrolReleased), "released")]
public abstract record PatrolEvent(UnitId UnitId, DateTimeOffset At, string Name);

public sealed record PatrolAdded(UnitId UnitId, DateTimeOffset At, string Name, Person By) : PatrolEvent(UnitId, At, Name);

public sealed record PatrolRemoved(UnitId UnitId, DateTimeOffset At, string Name, Person By) : PatrolEvent(UnitId, At, Name);

public sealed record PatrolDispatched(UnitId UnitId, DateTimeOffset At, string Name, CaseId CaseId) : PatrolEvent(UnitId, At, Name);

public sealed record PatrolArrived(UnitId UnitId, DateTimeOffset At, string Name, CaseId CaseId) : PatrolEvent(UnitId, At, Name);

/// <summary>Free again: its case ended (By null), or an officer released it (By, the case it left).</summary>
public sealed record PatrolReleased(UnitId UnitId, DateTimeOffset At, string Name, CaseId? CaseId, Person? By) : PatrolEvent(UnitId, At, Name);
