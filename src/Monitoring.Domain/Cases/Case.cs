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
    Routing Routing,
    DateTimeOffset OpenedAt,
    CaseProgress Progress,
    ImmutableList<CaseEvent> Timeline)
{
    /// <summary>Every call about the incident: the opening one first, then each linked or joined, in that order.</summary>
    public ImmutableList<Interaction> Calls { get; init; } = [];

    /// <summary>The calls this case must still see into their callers' histories.</summary>
    public ImmutableHashSet<InteractionId> Unfiled { get; init; } = [];

    public bool InteractionFiled => Unfiled.IsEmpty;

    public Priority Priority => Progress.Priority;

    public int Callers => Progress.Callers;

    /// <summary>The case this one was merged into, once it was.</summary>
    public CaseId? MergedInto => Timeline.OfType<CaseMerged>().LastOrDefault()?.Into;

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
        new(e.CaseId, e.Interaction, e.Routing, e.At, CaseProgress.Opened(e), [e]) { Calls = [e.Interaction], Unfiled = [e.Interaction.Id] };

    /// <summary>The filing is bookkeeping for recovery, not part of the case's story, so the timeline leaves it out.</summary>
    public Case Apply(CaseEvent e) => e is CaseInteractionFiled f
        ? this with { Unfiled = Unfiled.Remove(f.Interaction ?? Interaction.Id) }
        : this with
        {
            Routing = e is CaseReassigned r ? r.Routing : Routing,
            Progress = Progress.After(e),
            Timeline = Timeline.Add(e),
            Calls = e switch
            {
                CaseLinked l => Calls.Add(l.Interaction),
                CaseJoined j => Calls.AddRange(j.Calls),
                CaseUnlinked u => Calls.RemoveAll(i => i.Id == u.Interaction),
                _ => Calls,
            },
            // A joined call is in its caller's history already, under the case it came from.
            Unfiled = e is CaseLinked linked ? Unfiled.Add(linked.Interaction.Id) : Unfiled,
        };
}
