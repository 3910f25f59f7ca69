using Monitoring.Domain.Cases;

namespace Monitoring.Domain.Reports;

/// <summary>One step of the trend: the share within target of each milestone for the calls and cases that rang in it.
/// "answered" is over every call of the step, the other milestones over its cases.</summary>
public sealed record TrendPoint(DateTimeOffset From, DateTimeOffset To, int Calls, int Cases, IReadOnlyDictionary<string, double?> ShareWithinTarget);

/// <summary>
/// The period cut into shifts of 8 h (00:00, 08:00, 16:00 WIB) when it spans at most two days, into WIB days otherwise,
/// so that a manager reads the same steps as the roster; the first and last step are cut to the period.
/// </summary>
public static class ReportTrend
{
    public static readonly TimeSpan Wib = TimeSpan.FromHours(7);
    public static readonly TimeSpan Shift = TimeSpan.FromHours(8);
    public static readonly TimeSpan ShiftsUpTo = TimeSpan.FromDays(2);

    public static TimeSpan Step(DateTimeOffset from, DateTimeOffset to) => to - from <= ShiftsUpTo ? Shift : TimeSpan.FromDays(1);

    /// <summary>"shift" or "day": what the steps of the period are, for a page to title its chart.</summary>
    public static string StepName(DateTimeOffset from, DateTimeOffset to) => Step(from, to) == Shift ? "shift" : "day";

    public static IReadOnlyList<(DateTimeOffset From, DateTimeOffset To)> Steps(DateTimeOffset from, DateTimeOffset to) =>
        Steps(from, to, Step(from, to));

    /// <summary>The period cut into steps of <paramref name="step"/> counted from midnight WIB (an hour, a shift, a day),
    /// the first and last cut to the period.</summary>
    public static IReadOnlyList<(DateTimeOffset From, DateTimeOffset To)> Steps(DateTimeOffset from, DateTimeOffset to, TimeSpan step)
    {
        var steps = new List<(DateTimeOffset, DateTimeOffset)>();
        for (var start = FirstStart(from, step); start < to; start += step)
            steps.Add((start < from ? from : start, start + step > to ? to : start + step));
        return steps;
    }

    /// <summary>The start of the step that holds <paramref name="from"/>, counted from midnight WIB.</summary>
    internal static DateTimeOffset FirstStart(DateTimeOffset from, TimeSpan step)
    {
        var midnight = new DateTimeOffset(from.ToOffset(Wib).Date, Wib);
        return midnight + step * Math.Floor((from - midnight) / step);
    }

    public static IReadOnlyList<TrendPoint> Build(IReadOnlyList<CaseTimes> cases, IReadOnlyList<CallTimes> calls,
        DateTimeOffset from, DateTimeOffset to, SlaPolicy sla, DateTimeOffset now)
    {
        var steps = Steps(from, to);
        var step = Step(from, to);
        var origin = FirstStart(from, step);
        // A case is read by when it opened, so its call may have rung just before the period: it belongs to the first step.
        int Index(DateTimeOffset at) => Math.Clamp((int)Math.Floor((at - origin) / step), 0, Math.Max(0, steps.Count - 1));
        var casesBy = cases.ToLookup(c => Index(c.ReceivedAt));
        var callsBy = calls.ToLookup(c => Index(c.ReceivedAt));
        return steps.Select((s, i) =>
        {
            var row = ResponseTimeReport.Row("", casesBy[i].ToList(), sla, now);
            var stepCalls = CallReport.Build(callsBy[i]);
            var shares = row.Milestones.ToDictionary(m => m.Key, m => m.Value.ShareWithinTarget);
            shares[ResponseTimeReport.Answered] = stepCalls.Answered.ShareWithinTarget;
            return new TrendPoint(s.From, s.To, stepCalls.Calls, row.Cases, shares);
        }).ToList();
    }
}
