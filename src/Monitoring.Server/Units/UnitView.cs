using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Jurisdiction;

namespace Monitoring.Server.Units;

/// <summary>A unit of the tree, the Polda it lies in (null for Mabes) and the open cases it must act on, counted by state;
/// the counts are null when the list was asked without them.</summary>
public sealed record UnitView(
    UnitId UnitId,
    string Name,
    UnitLevel Level,
    UnitId? ParentId,
    string? AreaCode,
    GeoPoint Station,
    UnitId? PoldaId,
    int? OpenCases,
    IReadOnlyDictionary<CaseState, int>? OpenByState)
{
    public static UnitView Of(Unit u, JurisdictionTree tree, IReadOnlyDictionary<CaseState, int>? counts) =>
        new(u.Id, u.Name, u.Level, u.ParentId, u.AreaCode, u.Station, tree.PoldaOf(u.Id), counts?.Values.Sum(), counts);
}

/// <summary>A unit with its live queue, the most urgent first (<see cref="CaseUrgency"/>).</summary>
public sealed record UnitQueueView(UnitView Unit, IReadOnlyList<QueuedCase> Queue);

/// <summary>A case in a unit's queue; Relation says whether it was assigned to the unit or escalated to it.</summary>
public sealed record QueuedCase(string Relation, CaseSummary Case);
