using System.Collections.Immutable;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Interactions;

namespace Monitoring.Domain.Cases;

/// <summary>
/// A case as its events built it: what opened it, its progress since, and the events themselves. The units
/// Chain[0..Level] are responsible for it now.
/// </summary>
public sealed record Case(
    CaseId Id,
    Interaction Interaction,
    Priority Priority,
    Routing Routing,
    DateTimeOffset OpenedAt,
    CaseProgress Progress,
    bool InteractionFiled,
    ImmutableList<CaseEvent> Timeline)
{
    public CaseState State => Progress.State;

    public int Level => Progress.Level;

    public int Alarms => Progress.Alarms;

    public DateTimeOffset UpdatedAt => Progress.UpdatedAt;

    public DateTimeOffset? Deadline => Progress.Deadline;

    public UnitId AssignedUnit => Routing.UnitId;

    public IReadOnlyList<UnitId> Chain => Routing.Chain;

    /// <summary>The highest unit the case has reached; it must act now.</summary>
    public UnitId ResponsibleUnit => Progress.Responsible;

    public IReadOnlyList<UnitId> ResponsibleUnits => ResponsibleUnitsOf(Chain, Level);

    /// <summary>Who must act on a case escalated <paramref name="level"/> times: its unit and each one it climbed to.</summary>
    public static IReadOnlyList<UnitId> ResponsibleUnitsOf(IReadOnlyList<UnitId> chain, int level) => chain.Take(level + 1).ToList();

    public Milestone? Awaiting => Progress.Awaiting;

    /// <summary>The acknowledge deadline set at the opening: escalations move <see cref="Deadline"/>, never this.</summary>
    public DateTimeOffset FirstDeadline => ((CaseOpened)Timeline[0]).Deadline;

    public bool IsFinal => Progress.IsFinal;

    /// <summary>The case after one more of its events; the first must be its opening.</summary>
    public static Case Evolve(Case? current, CaseEvent e) => current is null ? From((CaseOpened)e) : current.Apply(e);

    public static Case From(CaseOpened e) =>
        new(e.CaseId, e.Interaction, e.Priority, e.Routing, e.At, CaseProgress.Opened(e), false, [e]);

    /// <summary>The filing is bookkeeping for recovery, not part of the case's story, so the timeline leaves it out.</summary>
    public Case Apply(CaseEvent e) => e is CaseInteractionFiled
        ? this with { InteractionFiled = true }
        : this with
        {
            Routing = e is CaseReassigned r ? r.Routing : Routing,
            Progress = Progress.After(e),
            Timeline = Timeline.Add(e),
        };
}
