using Monitoring.Domain.Interactions;

namespace Monitoring.Domain.Cases;

/// <summary>
/// Targets of one priority, each measured from the case's opening, as the public experiences them
/// ("officers on scene within 10 minutes of the call"). Each must be longer than the one before.
/// </summary>
public sealed record SlaTargets(TimeSpan Acknowledge, TimeSpan Dispatch, TimeSpan OnScene, TimeSpan Resolve)
{
    public TimeSpan For(Milestone milestone) => milestone switch
    {
        Milestone.Acknowledge => Acknowledge,
        Milestone.Dispatch => Dispatch,
        Milestone.OnScene => OnScene,
        Milestone.Resolve => Resolve,
        _ => throw new ArgumentOutOfRangeException(nameof(milestone)),
    };

    /// <summary>The time a stage is given on its own: its target less the previous one.</summary>
    public TimeSpan StageLength(Milestone milestone) =>
        milestone == Milestone.Acknowledge ? Acknowledge : For(milestone) - For(milestone - 1);

    public IEnumerable<string> Problems(string prefix)
    {
        if (Acknowledge <= TimeSpan.Zero) yield return $"{prefix}:Acknowledge must be positive";
        foreach (var m in new[] { Milestone.Dispatch, Milestone.OnScene, Milestone.Resolve })
            if (StageLength(m) <= TimeSpan.Zero)
                yield return $"{prefix}:{m} ({For(m)}) must be longer than {prefix}:{m - 1} ({For(m - 1)})";
    }
}

/// <summary>The deadlines for every priority.</summary>
public sealed record SlaPolicy(SlaTargets P1, SlaTargets P2, SlaTargets P3)
{
    public static SlaPolicy Default { get; } = new(
        new SlaTargets(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(10), TimeSpan.FromHours(4)),
        new SlaTargets(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30), TimeSpan.FromHours(24)),
        new SlaTargets(TimeSpan.FromMinutes(30), TimeSpan.FromHours(4), TimeSpan.FromHours(24), TimeSpan.FromHours(72)));

    public SlaTargets For(Priority priority) => priority switch
    {
        Priority.P1 => P1,
        Priority.P2 => P2,
        Priority.P3 => P3,
        _ => throw new ArgumentOutOfRangeException(nameof(priority)),
    };

    public IReadOnlyList<string> Problems() => [.. P1.Problems("P1"), .. P2.Problems("P2"), .. P3.Problems("P3")];

    /// <summary>
    /// When a stage entered at <paramref name="now"/> is due: its target from the opening, but never less than
    /// the stage's own length, so a unit that acts late is not escalated the moment it acts.
    /// </summary>
    public DateTimeOffset Deadline(Priority priority, Milestone milestone, DateTimeOffset openedAt, DateTimeOffset now)
    {
        var targets = For(priority);
        var byTarget = openedAt + targets.For(milestone);
        var byStage = now + targets.StageLength(milestone);
        return byTarget > byStage ? byTarget : byStage;
    }
}
