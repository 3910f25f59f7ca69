using System.Text.Json.Serialization;

namespace Monitoring.Domain.Patrols;

/// <summary>What can be asked of a unit's patrol board; the discriminators are the names on the wire between nodes.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$c")]
[JsonDerivedType(typeof(AddPatrol), "add")]
[JsonDerivedType(typeof(RemovePatrol), "remove")]
[JsonDerivedType(typeof(ReleasePatrol), "release")]
[JsonDerivedType(typeof(FollowCase), "follow")]
public abstract record PatrolCommand(string Name);

public sealed record AddPatrol(string Name, Person By) : PatrolCommand(Name);

/// <summary>Only a free patrol leaves the board: one on a case would leave the case with a patrol nobody tracks.</summary>
public sealed record RemovePatrol(string Name, Person By) : PatrolCommand(Name);

/// <summary>An officer frees the patrol before its case ends (called back, or sent to something more urgent).</summary>
public sealed record ReleasePatrol(string Name, Person By) : PatrolCommand(Name);

/// <summary>The case the patrol was dispatched to moved: Status is where that leaves the patrol (available once the case ended).</summary>
public sealed record FollowCase(string Name, CaseId CaseId, PatrolStatus Status) : PatrolCommand(Name);
