using Monitoring.Domain.Cases;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Domain.Reports;

namespace Monitoring.Domain.Tests;

public sealed class ResponseTimeReportTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    private static CaseTimes Case(string group, Priority priority, double receivedSecondsAgo, double? answeredAfter = null,
        double? acknowledgedAfter = null, bool final = false, CancelReason? cancelled = null, UnitLevel[]? escalatedTo = null, int alarms = 0)
    {
        var received = Now.AddSeconds(-receivedSecondsAgo);
        var reached = new Dictionary<Milestone, DateTimeOffset>();
        if (acknowledgedAfter is { } a) reached[Milestone.Acknowledge] = received.AddSeconds(a);
        return new CaseTimes(group, priority, received, answeredAfter is { } s ? received.AddSeconds(s) : null, reached, final, cancelled,
            escalatedTo ?? [], alarms);
    }

    /// <summary>Group A (P1, acknowledge target 60 s): five acknowledged after 10, 20, 30, 90 and 200 s; one open and past
    /// its target; one open and not yet due; one cancelled as a prank. Group B: one P3 acknowledged after 100 s (target 30 min).</summary>
    private static IReadOnlyList<ResponseTimeRow> Report() => ResponseTimeReport.Build(
    [
        Case("A", Priority.P1, 3600, answeredAfter: 4, acknowledgedAfter: 10),
        Case("A", Priority.P1, 3600, answeredAfter: 12, acknowledgedAfter: 20),
        Case("A", Priority.P1, 3600, acknowledgedAfter: 30),
        Case("A", Priority.P1, 3600, acknowledgedAfter: 90),
        Case("A", Priority.P1, 3600, acknowledgedAfter: 200),
        Case("A", Priority.P1, 120, escalatedTo: [UnitLevel.Polres, UnitLevel.Polda], alarms: 2),
        // Climbed to Mabes and alarmed there four more times: three escalations, not seven.
        Case("A", Priority.P1, 3600, escalatedTo: [UnitLevel.Polres, UnitLevel.Polda, UnitLevel.Mabes], alarms: 7, final: true, cancelled: CancelReason.Duplicate),
        Case("A", Priority.P1, 30),
        Case("A", Priority.P1, 3600, final: true, cancelled: CancelReason.Prank),
        Case("B", Priority.P3, 3600, acknowledgedAfter: 100),
    ], SlaPolicy.Default, Now);

    [Fact]
    public void Percentiles_are_nearest_rank_over_the_cases_that_reached_the_milestone()
    {
        var a = Report()[0].Milestones["acknowledged"];
        Assert.Equal((5, 1), (a.Reached, a.Pending));
        Assert.Equal((30.0, 200.0, 200.0), (a.P50!.Value, a.P90!.Value, a.P95!.Value));
    }

    [Fact]
    public void An_open_case_past_its_target_counts_as_late_and_one_not_yet_due_does_not_count()
    {
        // Within 60 s: 10, 20, 30 → 3; late: 90, 200 and the open case 120 s old → 3; the 30 s old case is pending.
        Assert.Equal(0.5, Report()[0].Milestones["acknowledged"].ShareWithinTarget);
        Assert.Equal(1.0, Report()[1].Milestones["acknowledged"].ShareWithinTarget);
    }

    [Fact]
    public void Answer_times_count_only_where_the_telephony_reported_them()
    {
        var answered = Report()[0].Milestones["answered"];
        Assert.Equal(2, answered.Reached);
        Assert.Equal((4.0, 12.0), (answered.P50!.Value, answered.P90!.Value));
        Assert.Equal(0.5, answered.ShareWithinTarget);
    }

    [Fact]
    public void Rows_count_cases_escalations_and_cancellations_and_leave_unreached_milestones_empty()
    {
        var rows = Report();
        Assert.Equal(["A", "B"], rows.Select(r => r.Group));
        Assert.Equal((9, 5, 9), (rows[0].Cases, rows[0].Escalations, rows[0].Alarms));
        Assert.Equal((2, 2, 1), (rows[0].EscalatedTo["polres"], rows[0].EscalatedTo["polda"], rows[0].EscalatedTo["mabes"]));
        Assert.Equal(1, rows[0].Cancelled[CancelReason.Prank]);
        Assert.Equal(1, rows[0].Cancelled[CancelReason.Duplicate]);
        Assert.Equal(0, rows[0].Cancelled[CancelReason.Withdrawn]);
        Assert.Equal((0, 0), (rows[1].Escalations, rows[1].EscalatedTo["mabes"]));
        var resolved = rows[1].Milestones["resolved"];
        Assert.Equal((0, (double?)null, (double?)null), (resolved.Reached, resolved.P50, resolved.ShareWithinTarget));
    }

    [Fact]
    public void The_polda_total_holds_every_case_and_each_milestone_has_its_target_per_priority()
    {
        var cases = new[] { Case("A", Priority.P1, 3600, acknowledgedAfter: 10), Case("B", Priority.P3, 3600, acknowledgedAfter: 100, escalatedTo: [UnitLevel.Polres]) };
        var total = ResponseTimeReport.Total(cases, "polda-metro-jaya", SlaPolicy.Default, Now);
        Assert.Equal(("polda-metro-jaya", 2, 1), (total.Group, total.Cases, total.EscalatedTo["polres"]));
        Assert.Equal(1.0, total.Milestones["acknowledged"].ShareWithinTarget);
        var targets = ResponseTimeReport.Targets(SlaPolicy.Default);
        Assert.Equal(ResponseTimeReport.MilestoneNames, targets.Keys);
        Assert.Equal((10.0, 10.0), (targets["answered"][Priority.P1], targets["answered"][Priority.P3]));
        Assert.Equal((60.0, 300.0, 1800.0), (targets["acknowledged"][Priority.P1], targets["acknowledged"][Priority.P2], targets["acknowledged"][Priority.P3]));
        Assert.Equal(600.0, targets["onScene"][Priority.P1]);
    }

    [Fact]
    public void Answer_times_cover_every_call_whatever_its_kind()
    {
        var rang = Now.AddHours(-1);
        var calls = CallReport.Build(
        [
            new CallTimes(Kind.Prank, rang, rang.AddSeconds(3)), new CallTimes(Kind.Silent, rang, rang.AddSeconds(30)),
            new CallTimes(Kind.Information, rang, rang.AddSeconds(5)), new CallTimes(Kind.Report, rang, null),
        ]);
        Assert.Equal((4, 1, 1, 0), (calls.Calls, calls.ByKind[Kind.Prank], calls.ByKind[Kind.Silent], calls.ByKind[Kind.Complaint]));
        Assert.Equal((3, 5.0), (calls.Answered.Reached, calls.Answered.P50!.Value));
        Assert.Equal(2.0 / 3, calls.Answered.ShareWithinTarget!.Value, 6);
    }

    [Fact]
    public void The_trend_goes_by_shifts_of_eight_hours_up_to_two_days_and_by_wib_days_beyond()
    {
        // 10:00 UTC is 17:00 WIB: the shift from 16:00 WIB, cut to the period, then 00:00 and 08:00 WIB.
        var from = new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);
        var shifts = ReportTrend.Steps(from, from.AddHours(20));
        Assert.Equal([from, from.AddHours(7), from.AddHours(15)], shifts.Select(s => s.From));
        Assert.Equal(from.AddHours(20), shifts[^1].To);
        var days = ReportTrend.Steps(from, from.AddDays(3));
        Assert.Equal(4, days.Count);
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 0, 0, 0, ReportTrend.Wib), days[1].From);

        var trend = ReportTrend.Build([Case("A", Priority.P1, 3600, acknowledgedAfter: 10), Case("A", Priority.P1, 3600, acknowledgedAfter: 100)],
            [new CallTimes(Kind.Prank, Now.AddHours(-1), Now.AddHours(-1).AddSeconds(20))], Now.AddHours(-2), Now, SlaPolicy.Default, Now);
        var point = Assert.Single(trend);
        Assert.Equal((1, 2), (point.Calls, point.Cases));
        Assert.Equal((0.5, 0.0), (point.ShareWithinTarget["acknowledged"], point.ShareWithinTarget["answered"]));
    }

    [Theory]
    [InlineData(0.5, 5)]
    [InlineData(0.9, 9)]
    [InlineData(0.95, 10)]
    [InlineData(0.1, 1)]
    public void Nearest_rank_of_one_to_ten(double q, double expected) =>
        Assert.Equal(expected, ResponseTimeReport.Percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], q));
}
