using System.Text.Json.Serialization;

namespace Monitoring.Domain.Surges;

/// <summary>A surge in <paramref name="UnitId"/>'s area: <paramref name="Count"/> cases within <paramref name="Window"/>,
/// against a bar of <paramref name="Bar"/>. The chain lets a reader tell whose subtree it lies in.</summary>
public sealed record SurgeAlert(UnitId UnitId, IReadOnlyList<UnitId> UnitChain, int Count, int Bar, TimeSpan Window, DateTimeOffset RaisedAt)
{
    public bool IsWithin(UnitId unit) => UnitChain.Contains(unit);
}

/// <summary>
/// Kept in the unit's journal: when an area surged and for how long is part of the center's record (a manager asks
/// afterwards why the wall alarmed), and it is rare, so it costs the hot path nothing.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$e")]
[JsonDerivedType(typeof(SurgeRaised), "raised")]
[JsonDerivedType(typeof(SurgeCleared), "cleared")]
public abstract record SurgeEvent(UnitId UnitId);

public sealed record SurgeRaised(SurgeAlert Alert) : SurgeEvent(Alert.UnitId);

public sealed record SurgeCleared(UnitId UnitId, DateTimeOffset RaisedAt, DateTimeOffset ClearedAt) : SurgeEvent(UnitId);
