using Monitoring.Domain;
using Monitoring.Domain.Cases;

namespace Monitoring.Actors.Protocol;

/// <summary>Messages routed to one unit's live queue by its id.</summary>
public interface IWithUnitId
{
    UnitId UnitId { get; }
}

/// <summary>The unit is responsible for this case, as it now stands (sent on every change).</summary>
public sealed record TrackCase(UnitId UnitId, CaseSummary Summary) : IWithUnitId;

/// <summary>The case is closed: it leaves the unit's queue.</summary>
public sealed record UntrackCase(UnitId UnitId, CaseId CaseId) : IWithUnitId;

/// <summary>Ask for the unit's live queue; the reply is a <see cref="UnitQueue"/>.</summary>
public sealed record GetUnitQueue(UnitId UnitId) : IWithUnitId;

/// <summary>The cases a unit must act on now, most urgent deadline first, with counts by state.</summary>
public sealed record UnitQueue(UnitId UnitId, IReadOnlyList<CaseSummary> Cases, IReadOnlyDictionary<CaseState, int> Counts);
