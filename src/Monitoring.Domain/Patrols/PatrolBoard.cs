using System.Collections.Immutable;

namespace Monitoring.Domain.Patrols;

/// <summary>A unit's patrols as the board's events built them, in the order they were added.</summary>
public sealed record PatrolBoard(UnitId UnitId, ImmutableList<Patrol> Patrols)
{
    public static PatrolBoard Empty(UnitId unit) => new(unit, []);

    /// <summary>Names are compared as people read them: "R2-07" and "r2-07" are one patrol.</summary>
    public Patrol? Find(string name) => Patrols.FirstOrDefault(p => string.Equals(p.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    public PatrolBoard Apply(PatrolEvent e) => e switch
    {
        PatrolAdded a => this with { Patrols = Patrols.Add(new Patrol(a.Name, PatrolStatus.Available, null)) },
        PatrolRemoved r => this with { Patrols = Patrols.RemoveAll(p => Same(p, r.Name)) },
        PatrolDispatched d => Set(d.Name, PatrolStatus.Dispatched, d.CaseId),
        PatrolArrived a => Set(a.Name, PatrolStatus.OnScene, a.CaseId),
        PatrolReleased r => Set(r.Name, PatrolStatus.Available, null),
        _ => throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name),
    };

    private PatrolBoard Set(string name, PatrolStatus status, CaseId? caseId) =>
        this with { Patrols = Patrols.Select(p => Same(p, name) ? p with { Status = status, CaseId = caseId } : p).ToImmutableList() };

    private static bool Same(Patrol p, string name) => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase);
}
