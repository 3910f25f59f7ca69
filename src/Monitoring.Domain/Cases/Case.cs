using System.Collections.Immutable;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Interactions;

namespace Monitoring.Domain.Cases;

/// <summary>
/// A case as its events built it. Level is how far up the chain it has climbed: the units
/// Chain[0..Level] are responsible for it now.
/// </summary>
public sealed record Case(
    CaseId Id,
    Interaction Interaction,
    Priority Priority,
    Routing Routing,
    CaseState State,
    int Level,
    int Alarms,
    DateTimeOffset OpenedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? Deadline,
    bool InteractionFiled,
    ImmutableList<CaseEvent> Timeline)
{
    public UnitId AssignedUnit => Routing.UnitId;

    public IReadOnlyList<UnitId> Chain => Routing.Chain;

    /// <summary>The highest unit the case has reached; it must act now.</summary>
    public UnitId ResponsibleUnit => Chain[Level];

    public IReadOnlyList<UnitId> ResponsibleUnits => ResponsibleUnitsOf(Chain, Level);

    /// <summary>Who must act on a case escalated <paramref name="level"/> times: its unit and each one it climbed to.</summary>
    public static IReadOnlyList<UnitId> ResponsibleUnitsOf(IReadOnlyList<UnitId> chain, int level) => chain.Take(level + 1).ToList();

    public Milestone? Awaiting => State.Awaiting();

    public bool IsFinal => State.IsFinal();

    /// <summary>The case after one more of its events; the first must be its opening.</summary>
    public static Case Evolve(Case? current, CaseEvent e) => current is null ? From((CaseOpened)e) : current.Apply(e);

    public static Case From(CaseOpened e) => new(
        e.CaseId, e.Interaction, e.Priority, e.Routing, CaseState.Open, 0, 0, e.At, e.At, e.Deadline, false, [e]);

    public Case Apply(CaseEvent e) => e switch
    {
        CaseAcknowledged a => Moved(a, CaseState.Acknowledged, a.Deadline),
        CaseDispatched d => Moved(d, CaseState.Dispatched, d.Deadline),
        CaseArrived a => Moved(a, CaseState.OnScene, a.Deadline),
        CaseResolved r => Moved(r, CaseState.Resolved, null),
        CaseCancelled c => Moved(c, CaseState.Cancelled, null),
        CaseEscalated x => this with
        {
            Level = x.Level, Alarms = x.Alarm, Deadline = x.Deadline, UpdatedAt = x.At, Timeline = Timeline.Add(x),
        },
        CaseInteractionFiled => this with { InteractionFiled = true },
        CaseOpened => throw new InvalidOperationException($"Case {Id} is already open."),
        _ => throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name),
    };

    private Case Moved(CaseEvent e, CaseState state, DateTimeOffset? deadline) =>
        this with { State = state, Deadline = deadline, UpdatedAt = e.At, Timeline = Timeline.Add(e) };
}
