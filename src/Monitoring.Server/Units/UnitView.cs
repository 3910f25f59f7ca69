using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Jurisdiction;

namespace Monitoring.Server.Units;

/// <summary>A unit of the tree with the open cases it must act on, counted by state.</summary>
public sealed record UnitView(
    UnitId UnitId,
    string Name,
    UnitLevel Level,
    UnitId? ParentId,
    string? AreaCode,
    GeoPoint Station,
    int OpenCases,
    IReadOnlyDictionary<CaseState, int> OpenByState)
{
    public static UnitView Of(Unit u, IReadOnlyDictionary<CaseState, int> counts) =>
        new(u.Id, u.Name, u.Level, u.ParentId, u.AreaCode, u.Station, counts.Values.Sum(), counts);
}

/// <summary>A unit with its live queue, the most urgent first (<see cref="CaseUrgency"/>).</summary>
public sealed record UnitQueueView(UnitView Unit, IReadOnlyList<QueuedCase> Queue);

/// <summary>A case in a unit's queue; Relation says whether it was assigned to the unit or escalated to it.</summary>
public sealed record QueuedCase(string Relation, CaseSummary Case);
