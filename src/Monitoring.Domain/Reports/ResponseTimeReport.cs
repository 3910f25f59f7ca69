using Monitoring.Domain.Cases;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Jurisdiction;

namespace Monitoring.Domain.Reports;

/// <summary>What the rows of a report are.</summary>
public enum ReportGrouping
{
    Unit,
    Polres,
    Polda,
    Category,
    Priority,
}

/// <summary>One case as a report sees it: when the call rang and was answered, when it reached each milestone, the levels
/// it climbed to (in order) and how many alarms it raised: one per escalation, and the repeats at the top of the chain.</summary>
public sealed record CaseTimes(
    string Group,
    Priority Priority,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? AnsweredAt,
    IReadOnlyDictionary<Milestone, DateTimeOffset> Reached,
    bool IsFinal,
    CancelReason? Cancelled,
    IReadOnlyList<UnitLevel> EscalatedTo,
    int Alarms);

/// <summary>The figures of one milestone in one group. Seconds are from the call ringing.</summary>
public sealed record MilestoneFigures(int Reached, int Pending, double? P50, double? P90, double? P95, double? ShareWithinTarget);

/// <summary>One row of the report. Escalations are the steps up the chain the cases took; EscalatedTo counts, per level
/// (polres, polda, mabes), the cases that reached it; Alarms every alarm they raised, a repeat at Mabes included.</summary>
public sealed record ResponseTimeRow(
    string Group,
    int Cases,
    int Escalations,
    IReadOnlyDictionary<string, int> EscalatedTo,
    int Alarms,
    IReadOnlyDictionary<CancelReason, int> Cancelled,
    IReadOnlyDictionary<string, MilestoneFigures> Milestones);

/// <summary>
/// Response times against the targets. Percentiles are nearest-rank over the cases that reached the milestone.
/// A case that has not reached a milestone counts against the target once the target has passed (it can only be
/// late now), and not at all before; a cancelled or resolved case that never reached it is left out.
/// </summary>
public static class ResponseTimeReport
{
    /// <summary>Calls are answered within 10 s, whatever they turn out to be.</summary>
    public static readonly TimeSpan AnswerTarget = TimeSpan.FromSeconds(10);

    public const string Answered = "answered";

    /// <summary>A share within target at or above this is green: nine in ten is what the center promises the public.</summary>
    public const double GreenFrom = 0.90;

    /// <summary>At or above this (and below green) amber, below it red: one call in four late is a failing shift.</summary>
    public const double AmberFrom = 0.75;

    public static IReadOnlyList<string> MilestoneNames { get; } =
        [Answered, .. Enum.GetValues<Milestone>().Select(m => m.ReachedName())];

    /// <summary>The levels a case can be escalated to, lowest first.</summary>
    public static IReadOnlyList<UnitLevel> EscalationLevels { get; } = [UnitLevel.Polres, UnitLevel.Polda, UnitLevel.Mabes];

    public static string LevelName(UnitLevel level) => level.Name();

    public static IReadOnlyList<ResponseTimeRow> Build(IEnumerable<CaseTimes> cases, SlaPolicy sla, DateTimeOffset now) =>
        cases.GroupBy(c => c.Group).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Row(g.Key, g.ToList(), sla, now)).ToList();

    /// <summary>Every case of the period in one row, under the name of the Polda whose report it is.</summary>
    public static ResponseTimeRow Total(IEnumerable<CaseTimes> cases, string polda, SlaPolicy sla, DateTimeOffset now) =>
        Row(polda, cases.ToList(), sla, now);

    /// <summary>Each milestone's target in seconds per priority; the answer target is the same for every call.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<Priority, double>> Targets(SlaPolicy sla) =>
        MilestoneNames.ToDictionary(name => name, name => (IReadOnlyDictionary<Priority, double>)Enum.GetValues<Priority>()
            .ToDictionary(p => p, p => Target(name, p, sla).TotalSeconds));

    public static TimeSpan Target(string milestone, Priority priority, SlaPolicy sla) =>
        milestone == Answered ? AnswerTarget : sla.For(priority).For(Milestones.FromReachedName(milestone)
            ?? throw new ArgumentOutOfRangeException(nameof(milestone), milestone, "Not a milestone."));

    internal static ResponseTimeRow Row(string group, List<CaseTimes> cases, SlaPolicy sla, DateTimeOffset now)
    {
        var milestones = new Dictionary<string, MilestoneFigures>
        {
            // A call whose answer time was not reported is left out, not counted late.
            [Answered] = Figures(cases.Where(c => c.AnsweredAt is not null).Select(c => Judged(c, c.AnsweredAt, AnswerTarget)), now),
        };
        foreach (var m in Enum.GetValues<Milestone>())
            milestones[m.ReachedName()] = Figures(
                cases.Select(c => Judged(c, c.Reached.TryGetValue(m, out var at) ? at : null, sla.For(c.Priority).For(m))), now);
        var cancelled = Enum.GetValues<CancelReason>().ToDictionary(r => r, r => cases.Count(c => c.Cancelled == r));
        var escalatedTo = EscalationLevels.ToDictionary(LevelName, l => cases.Count(c => c.EscalatedTo.Contains(l)));
        return new ResponseTimeRow(group, cases.Count, cases.Sum(c => c.EscalatedTo.Count), escalatedTo, cases.Sum(c => c.Alarms), cancelled, milestones);
    }

    /// <summary>One thing measured against one target: when it started, whether it can still get there, when it got there.</summary>
    internal readonly record struct Measured(DateTimeOffset ReceivedAt, bool IsFinal, DateTimeOffset? At, TimeSpan Target);

    private static Measured Judged(CaseTimes c, DateTimeOffset? at, TimeSpan target) => new(c.ReceivedAt, c.IsFinal, at, target);

    internal static MilestoneFigures Figures(IEnumerable<Measured> items, DateTimeOffset now)
    {
        var durations = new List<double>();
        int within = 0, late = 0, pending = 0;
        foreach (var (received, isFinal, at, target) in items)
        {
            if (at is { } reached)
            {
                var seconds = (reached - received).TotalSeconds;
                durations.Add(seconds);
                if (seconds <= target.TotalSeconds) within++; else late++;
            }
            else if (!isFinal)
            {
                if (now - received > target) late++; else pending++;
            }
        }
        durations.Sort();
        var judged = within + late;
        return new MilestoneFigures(durations.Count, pending, Percentile(durations, 0.50), Percentile(durations, 0.90),
            Percentile(durations, 0.95), judged == 0 ? null : (double)within / judged);
    }

    /// <summary>Nearest rank: the smallest value with at least q of the values at or below it.</summary>
    public static double? Percentile(IReadOnlyList<double> sorted, double q) =>
        sorted.Count == 0 ? null : sorted[Math.Max(0, (int)Math.Ceiling(q * sorted.Count) - 1)];
}
