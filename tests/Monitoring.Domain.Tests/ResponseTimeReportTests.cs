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

    [Theory]
    [InlineData(0.5, 5)]
    [InlineData(0.9, 9)]
    [InlineData(0.95, 10)]
    [InlineData(0.1, 1)]
    public void Nearest_rank_of_one_to_ten(double q, double expected) =>
        Assert.Equal(expected, ResponseTimeReport.Percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], q));
}
