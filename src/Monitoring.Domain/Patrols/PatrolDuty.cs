using Monitoring.Domain.Cases;

namespace Monitoring.Domain.Patrols;

/// <summary>What a case asks of the patrol it was dispatched to: the unit that sent it, its name, and where the case leaves it.</summary>
public sealed record PatrolDuty(UnitId UnitId, string Patrol, PatrolStatus Status)
{
    /// <summary>The duty of the case's latest dispatch, or null before any: dispatched until on scene, free once the case ends.</summary>
    public static PatrolDuty? Of(Case? c)
    {
        if (c?.Timeline.LastOrDefault(e => e is CaseDispatched) is not CaseDispatched d) return null;
        var status = c.IsFinal ? PatrolStatus.Available : c.State == CaseState.OnScene ? PatrolStatus.OnScene : PatrolStatus.Dispatched;
        return new PatrolDuty(d.By, d.Patrol, status);
    }
}
