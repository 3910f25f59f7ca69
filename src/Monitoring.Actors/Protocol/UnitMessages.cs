using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Patrols;

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

/// <summary>The cases a unit must act on now, most urgent first (<see cref="CaseUrgency"/>), with counts by state.</summary>
public sealed record UnitQueue(UnitId UnitId, IReadOnlyList<CaseSummary> Cases, IReadOnlyDictionary<CaseState, int> Counts);

/// <summary>Ask the unit's patrol board to carry out a command; the reply is a <see cref="PatrolsReply"/>. A case telling the
/// board where its patrol stands sends one too, and wants no reply.</summary>
public sealed record ChangePatrols(UnitId UnitId, PatrolCommand Command) : IWithUnitId;

/// <summary>Ask for the unit's patrols; the reply is a <see cref="PatrolsReply"/>.</summary>
public sealed record GetPatrols(UnitId UnitId) : IWithUnitId;

/// <summary>The unit's patrols after the command, or why it was refused (the board unchanged).</summary>
public sealed record PatrolsReply(IReadOnlyList<Patrol> Patrols, Rejection? Rejection);
