using Monitoring.Domain;
using Monitoring.Domain.Callers;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Reports;

namespace Monitoring.Domain.Tests;

public sealed class NuisanceReportTests
{
    /// <summary>08:00 WIB on 1 December.</summary>
    private static readonly DateTimeOffset From = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = From.AddHours(3);
    private const string Tangsel = "polres-tangerang-selatan";
    private const string Jakpus = "polres-metro-jakarta-pusat";
    private int _next;

    private NuisanceCall Call(string number, Kind kind, DateTimeOffset at, string polres = Tangsel, string polda = "polda-metro-jaya") => new(
        new Interaction(new InteractionId($"i-{++_next:D4}"), new CallerNumber(number), Channel.Voice, kind, null, null, null, null, at, at, at, null, null),
        new UnitId(polres), polres, polda);

    private static NuisanceFigures Build(IReadOnlyList<NuisanceCall> calls, NuisanceGrouping grouping = NuisanceGrouping.Hour,
        Func<NuisanceCall, bool>? inScope = null, DateTimeOffset? to = null) =>
        NuisanceReport.Build(calls, SanctionLadder.Default, From, to ?? To, grouping, inScope ?? (_ => true), "polda-metro-jaya");

    [Fact]
    public void Each_tally_is_counted_apart_with_its_share_of_all_calls_in_every_wib_hour_of_the_period_the_quiet_ones_too()
    {
        var calls = new[]
        {
            Call("+62811000001", Kind.Prank, From.AddMinutes(5)), Call("+62811000002", Kind.Silent, From.AddMinutes(6)),
            Call("+62811000003", Kind.Information, From.AddMinutes(7)), Call("+62811000004", Kind.Report, From.AddMinutes(8)),
            Call("+62811000005", Kind.Complaint, From.AddHours(2)),
            // Just outside the period on both sides.
            Call("+62811000006", Kind.Prank, From.AddTicks(-1)), Call("+62811000007", Kind.Prank, To),
        };
        var report = Build(calls);

        Assert.Equal(["2026-12-01T08:00", "2026-12-01T09:00", "2026-12-01T10:00"], report.Rows.Select(r => r.Group));
        var first = report.Rows[0];
        Assert.Equal((From, From.AddHours(1)), (first.From!.Value, first.To!.Value));
        Assert.Equal((4, 1, 1, 2, 0), (first.Calls, first.Counts[Tally.Prank], first.Counts[Tally.Silent], first.Counts[Tally.Genuine], first.Counts[Tally.HangUp]));
        Assert.Equal((0.25, 0.25, 0.5), (first.Shares[Tally.Prank]!.Value, first.Shares[Tally.Silent]!.Value, first.Shares[Tally.Genuine]!.Value));
        Assert.Equal(0, report.Rows[1].Calls);
        Assert.Null(report.Rows[1].Shares[Tally.Prank]);
        Assert.Equal((5, 3), (report.Total.Calls, report.Total.Counts[Tally.Genuine]));
        Assert.Equal("polda-metro-jaya", report.Total.Group);
    }

    [Fact]
    public void Days_are_wib_days_cut_to_the_period()
    {
        var report = Build([Call("+62811000001", Kind.Prank, From.AddHours(17))], NuisanceGrouping.Day, to: From.AddDays(1));
        // 08:00 WIB on the 1st to 08:00 WIB on the 2nd: the rest of the 1st, then the morning of the 2nd, which holds the call.
        Assert.Equal(["2026-12-01", "2026-12-02"], report.Rows.Select(r => r.Group));
        Assert.Equal((From, new DateTimeOffset(2026, 12, 1, 17, 0, 0, TimeSpan.Zero)), (report.Rows[0].From!.Value, report.Rows[0].To!.Value));
        Assert.Equal((0, 1), (report.Rows[0].Calls, report.Rows[1].Calls));
    }

    [Fact]
    public void A_number_counts_in_the_row_of_the_call_that_reached_each_level_and_only_when_it_steps_on()
    {
        const string number = "+62811000009";
        var calls = new[]
        {
            Call(number, Kind.Prank, From.AddMinutes(10)),
            Call(number, Kind.Prank, From.AddMinutes(20)),            // 2 pranks in 24 h: warned
            Call(number, Kind.Prank, From.AddHours(1).AddMinutes(5)),  // 3 in 24 h and in 30 days: flagged and screened at once
            Call(number, Kind.Prank, From.AddHours(2)),                // standing on every rung already: nothing new
        };
        var report = Build(calls);

        Assert.Equal((1, 0, 0), Reached(report.Rows[0]));
        Assert.Equal((0, 1, 1), Reached(report.Rows[1]));
        Assert.Equal((0, 0, 0), Reached(report.Rows[2]));
        Assert.Equal((1, 1, 1), Reached(report.Total));
    }

    [Fact]
    public void Calls_before_the_period_fill_the_rolling_windows_but_a_level_reached_before_it_is_not_counted()
    {
        const string number = "+62811000010";
        var calls = new[]
        {
            Call(number, Kind.Prank, From.AddDays(-29)),
            Call(number, Kind.Prank, From.AddDays(-29).AddHours(1)),  // warned then, before the period
            Call(number, Kind.Prank, From.AddMinutes(30)),             // the third in 30 days: flagged in the period
        };
        var report = Build(calls);
        Assert.Equal((0, 1, 0), Reached(report.Total));
        Assert.Equal(TimeSpan.FromDays(30), RungReplay.Lookback(SanctionLadder.Default));
    }

    [Fact]
    public void Silent_calls_screen_without_warning_because_each_rung_counts_its_own_tallies()
    {
        const string number = "+62811000011";
        var report = Build([Call(number, Kind.Silent, From), Call(number, Kind.Silent, From.AddMinutes(1)), Call(number, Kind.Silent, From.AddMinutes(2))]);
        Assert.Equal((0, 0, 1), Reached(report.Total));
        Assert.Equal((3, 0), (report.Total.Counts[Tally.Silent], report.Total.Counts[Tally.Prank]));
    }

    [Fact]
    public void Out_of_scope_calls_are_not_counted_but_still_make_the_numbers_record()
    {
        const string number = "+62811000012";
        var calls = new[]
        {
            Call(number, Kind.Prank, From.AddMinutes(1), Jakpus),
            Call(number, Kind.Prank, From.AddMinutes(2), Tangsel),     // warned by this one, in Tangsel
            Call("+62811000013", Kind.Prank, From.AddMinutes(3), Jakpus),
            Call("+62811000013", Kind.Prank, From.AddMinutes(4), Jakpus),  // warned in Jakarta Pusat, outside the scope
        };
        var report = Build(calls, NuisanceGrouping.Polres, c => c.Polres == Tangsel);

        var row = Assert.Single(report.Rows);
        Assert.Equal((Tangsel, 1, 1), (row.Group, row.Calls, row.Reached[ReputationLevel.Warned]));
        Assert.Equal((1, 1), (report.Total.Calls, report.Total.Reached[ReputationLevel.Warned]));
        Assert.Empty(report.RepeatCallers);   // one nuisance call in the scope each
    }

    [Fact]
    public void Rows_by_polres_hold_their_own_calls_and_levels()
    {
        var calls = new[]
        {
            Call("+62811000014", Kind.Prank, From, Tangsel), Call("+62811000014", Kind.Prank, From.AddMinutes(1), Tangsel),
            Call("+62811000015", Kind.Report, From, Jakpus),
        };
        var report = Build(calls, NuisanceGrouping.Polres);
        Assert.Equal([Jakpus, Tangsel], report.Rows.Select(r => r.Group));
        Assert.Equal((1, 0), (report.Rows[0].Counts[Tally.Genuine], report.Rows[0].Reached[ReputationLevel.Warned]));
        Assert.Equal((2, 1), (report.Rows[1].Counts[Tally.Prank], report.Rows[1].Reached[ReputationLevel.Warned]));
        Assert.Null(report.Rows[0].From);
    }

    [Fact]
    public void Rows_by_polda_gather_the_calls_of_all_its_polres()
    {
        const string diy = "polda-daerah-istimewa-yogyakarta", sleman = "polres-sleman";
        var calls = new[]
        {
            Call("+62811000017", Kind.Prank, From, Tangsel), Call("+62811000018", Kind.Report, From, Jakpus),
            Call("+62811000019", Kind.Prank, From, sleman, diy), Call("+62811000019", Kind.Prank, From.AddMinutes(1), sleman, diy),
        };
        var report = Build(calls, NuisanceGrouping.Polda);
        Assert.Equal([diy, "polda-metro-jaya"], report.Rows.Select(r => r.Group));
        Assert.Equal((2, 1), (report.Rows[0].Counts[Tally.Prank], report.Rows[0].Reached[ReputationLevel.Warned]));
        Assert.Equal((2, 1, 0), (report.Rows[1].Calls, report.Rows[1].Counts[Tally.Genuine], report.Rows[1].Reached[ReputationLevel.Warned]));
    }

    [Fact]
    public void Each_level_says_how_many_numbers_reached_it_and_what_they_called_afterwards()
    {
        const string number = "+62811000016";
        var calls = new[]
        {
            Call(number, Kind.Report, From),                            // before the warning: not after it
            Call(number, Kind.Prank, From.AddMinutes(1)), Call(number, Kind.Prank, From.AddMinutes(2)),
            Call(number, Kind.Report, From.AddMinutes(30)), Call(number, Kind.Information, From.AddMinutes(40)),
            Call(number, Kind.Silent, From.AddMinutes(50)),
        };
        var warned = Build(calls).Rungs.Single(r => r.Level == ReputationLevel.Warned);
        Assert.Equal(new RungFigures(ReputationLevel.Warned, 1, 2, 1), warned);
        Assert.Equal(0, Build(calls).Rungs.Single(r => r.Level == ReputationLevel.Flagged).Numbers);
    }

    [Fact]
    public void Repeat_callers_are_the_numbers_with_two_nuisance_calls_or_more_most_first_with_the_highest_level_reached()
    {
        var calls = new List<NuisanceCall>();
        for (var i = 0; i < 3; i++) calls.Add(Call("+62811000020", Kind.Prank, From.AddMinutes(i)));
        calls.Add(Call("+62811000021", Kind.Prank, From));
        calls.Add(Call("+62811000021", Kind.Silent, From.AddMinutes(1)));
        calls.Add(Call("+62811000021", Kind.Information, From.AddMinutes(2)));
        calls.Add(Call("+62811000022", Kind.Prank, From));
        calls.Add(Call("+62811000022", Kind.Report, From.AddMinutes(1)));
        var repeaters = Build(calls).RepeatCallers;

        Assert.Equal(["+62811000020", "+62811000021"], repeaters.Select(r => r.Caller.Value));
        Assert.Equal((3, 3, ReputationLevel.Screened), (repeaters[0].Calls, repeaters[0].NuisanceCalls, repeaters[0].Highest));
        Assert.Equal((3, 2, 1, ReputationLevel.Normal), (repeaters[1].Calls, repeaters[1].NuisanceCalls, repeaters[1].Counts[Tally.Genuine], repeaters[1].Highest));
    }

    [Fact]
    public void Against_the_period_before_a_rule_that_cuts_genuine_calls_as_much_as_pranks_shows_it()
    {
        // Romania's SMS-warning pilot: pranks down 37 %, genuine calls down 39 %.
        var calls = new List<NuisanceCall>();
        var before = From - (To - From);
        for (var i = 0; i < 100; i++)
        {
            calls.Add(Call($"+6281200{i:D4}", Kind.Prank, before.AddSeconds(i)));
            calls.Add(Call($"+6281300{i:D4}", Kind.Report, before.AddSeconds(i)));
        }
        for (var i = 0; i < 63; i++) calls.Add(Call($"+6281400{i:D4}", Kind.Prank, From.AddSeconds(i)));
        for (var i = 0; i < 61; i++) calls.Add(Call($"+6281500{i:D4}", Kind.Report, From.AddSeconds(i)));
        var report = Build(calls);

        Assert.Equal((100, 100), (report.Previous.Counts[Tally.Prank], report.Previous.Counts[Tally.Genuine]));
        Assert.Equal(-0.37, report.Change[Tally.Prank]!.Value, 6);
        Assert.Equal(-0.39, report.Change[Tally.Genuine]!.Value, 6);
        Assert.Null(report.Change[Tally.Silent]);
    }

    private static (int Warned, int Flagged, int Screened) Reached(NuisanceRow row) =>
        (row.Reached[ReputationLevel.Warned], row.Reached[ReputationLevel.Flagged], row.Reached[ReputationLevel.Screened]);
}
