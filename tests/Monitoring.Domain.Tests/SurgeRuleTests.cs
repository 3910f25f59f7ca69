using Monitoring.Domain;
using Monitoring.Domain.Surges;

namespace Monitoring.Domain.Tests;

public sealed class SurgeRuleTests
{
    private static readonly SurgePolicy Policy = SurgePolicy.Default;

    /// <summary>08:00 WIB.</summary>
    private static readonly DateTimeOffset T0 = new(2026, 12, 3, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Exactly_the_threshold_with_no_history_is_a_surge() =>
        Assert.True(SurgeRule.IsSurging(Policy, wasSurging: false, countInWindow: 5, usualPerHour: 0));

    [Fact]
    public void One_below_the_threshold_with_no_history_is_not() =>
        Assert.False(SurgeRule.IsSurging(Policy, wasSurging: false, countInWindow: 4, usualPerHour: 0));

    [Fact]
    public void A_unit_with_no_history_is_judged_by_the_threshold_alone() =>
        Assert.Equal(5, SurgeRule.Bar(Policy, SurgeBaseline.None(28).PerHourAt(T0)));

    [Fact]
    public void Exactly_four_times_the_usual_rate_is_a_surge_when_it_is_above_the_threshold()
    {
        // 18 an hour usually: 3 in ten minutes, four times that 12.
        Assert.Equal(12, SurgeRule.Bar(Policy, 18));
        Assert.True(SurgeRule.IsSurging(Policy, false, 12, 18));
        Assert.False(SurgeRule.IsSurging(Policy, false, 11, 18));
    }

    [Fact]
    public void A_quiet_unit_still_needs_the_threshold_though_four_times_its_rate_is_less()
    {
        // 3 an hour usually: 0.5 in ten minutes, four times that 2; the threshold of 5 rules.
        Assert.False(SurgeRule.IsSurging(Policy, false, 4, 3));
        Assert.True(SurgeRule.IsSurging(Policy, false, 5, 3));
    }

    [Fact]
    public void A_raised_alert_holds_until_the_count_falls_below_half_the_bar()
    {
        Assert.Equal(3, SurgeRule.ClearBelow(5));
        Assert.True(SurgeRule.IsSurging(Policy, wasSurging: true, countInWindow: 4, usualPerHour: 0));
        Assert.True(SurgeRule.IsSurging(Policy, wasSurging: true, countInWindow: 3, usualPerHour: 0));
        Assert.False(SurgeRule.IsSurging(Policy, wasSurging: true, countInWindow: 2, usualPerHour: 0));
    }

    [Fact]
    public void A_count_hovering_at_the_bar_does_not_flap()
    {
        var surging = false;
        var flips = 0;
        foreach (var count in new[] { 5, 4, 5, 4, 5, 4 })
        {
            var now = SurgeRule.IsSurging(Policy, surging, count, 0);
            if (now != surging) flips++;
            surging = now;
        }
        Assert.Equal(1, flips);
    }

    [Fact]
    public void The_baseline_is_the_average_of_the_hour_of_day_in_wib()
    {
        var byHour = new int[24];
        byHour[8] = 56;
        var baseline = new SurgeBaseline(byHour, 28);
        Assert.Equal(2, baseline.PerHourAt(T0));
        Assert.Equal(0, baseline.PerHourAt(T0.AddHours(1)));
    }

    [Fact]
    public void The_window_counts_a_case_once_and_lets_old_ones_go()
    {
        var window = SurgeWindow.Empty
            .With(new CaseId("K-1"), T0, T0, Policy.Window)
            .With(new CaseId("K-1"), T0, T0.AddMinutes(1), Policy.Window)
            .With(new CaseId("K-2"), T0.AddMinutes(5), T0.AddMinutes(5), Policy.Window)
            .With(new CaseId("K-old"), T0.AddMinutes(-20), T0.AddMinutes(5), Policy.Window);
        Assert.Equal(2, window.Count);
        Assert.Equal(1, window.At(T0.AddMinutes(10), Policy.Window).Count);
        Assert.Equal(0, window.At(T0.AddMinutes(15), Policy.Window).Count);
    }

    [Fact]
    public void A_cases_linked_callers_count_as_reports_and_never_twice()
    {
        var window = SurgeWindow.Empty
            .With(new CaseId("K-1"), T0, T0, Policy.Window)
            .With(new CaseId("K-1"), T0, T0.AddMinutes(1), Policy.Window, callers: 4)
            .With(new CaseId("K-1"), T0, T0.AddMinutes(2), Policy.Window, callers: 4)
            // An unlinked caller's report was made all the same: its own case counts it, the first keeps its count.
            .With(new CaseId("K-1"), T0, T0.AddMinutes(3), Policy.Window, callers: 3)
            .With(new CaseId("K-2"), T0.AddMinutes(3), T0.AddMinutes(3), Policy.Window);
        Assert.Equal(5, window.Count);
        Assert.Equal(1, window.At(T0.AddMinutes(12), Policy.Window).Count);
    }
}
