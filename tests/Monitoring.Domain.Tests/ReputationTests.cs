using Monitoring.Domain;
using Monitoring.Domain.Callers;
using Monitoring.Domain.Interactions;

namespace Monitoring.Domain.Tests;

public sealed class ReputationTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly CallerNumber Number = new("+6281234567");
    private static readonly Person Op = new("u-op", "Aipda Rina", null, "operator");
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);
    private static readonly TimeSpan Tick = TimeSpan.FromTicks(1);
    private int _next;

    private CallerHistory With(CallerHistory h, Kind kind, DateTimeOffset at) => h.Record(new CallerEntry(
        new Interaction(new InteractionId($"i-{++_next}"), Number, Channel.Voice, kind, null, null, null, null, at, at, at, null, null), null, null));

    private CallerHistory Calls(params (Kind Kind, DateTimeOffset At)[] calls) =>
        calls.Aggregate(CallerHistory.Empty(Number), (h, c) => With(h, c.Kind, c.At));

    private static Reputation At(CallerHistory h, DateTimeOffset now) => SanctionLadder.Assess(h, SanctionLadder.Default, now);

    [Fact]
    public void A_call_filed_again_under_another_case_moves_there_and_is_counted_once()
    {
        var call = new Interaction(new InteractionId("i-split"), Number, Channel.Voice, Kind.Report, Category.Fire, null, null, null, T0, T0, T0, null, null);
        var first = new CallerEntry(call, new CaseId("K-261201-0000000001"), new UnitId("polsek-setu"));
        var h = CallerHistory.Empty(Number).Record(first);
        Assert.False(h.Moves(first));
        Assert.False(h.Moves(first with { CaseId = null }));

        var split = first with { CaseId = new CaseId("K-261201-0000000002") };
        Assert.True(h.Moves(split));
        h = h.Record(split);
        Assert.Equal("K-261201-0000000002", Assert.Single(h.Entries).CaseId?.Value);
        Assert.Equal(1, At(h, T0).Counts[0].Counts[Tally.Genuine]);
    }

    [Fact]
    public void A_caller_with_only_genuine_calls_is_normal_and_each_tally_is_counted_apart()
    {
        var h = Calls((Kind.Information, T0), (Kind.Report, T0), (Kind.Complaint, T0), (Kind.Prank, T0), (Kind.Silent, T0));
        var r = At(h, T0);
        var day = r.Counts[0];
        Assert.Equal(Day, day.Window);
        Assert.Equal(3, day.Counts[Tally.Genuine]);
        Assert.Equal(1, day.Counts[Tally.Prank]);
        Assert.Equal(1, day.Counts[Tally.Silent]);
        Assert.False(day.Counts.ContainsKey(Tally.HangUp));
        Assert.Equal(ReputationLevel.Normal, r.Level);
        Assert.Equal(ReputationLevel.Normal, At(Calls((Kind.Information, T0), (Kind.Information, T0), (Kind.Report, T0)), T0).Level);
    }

    [Fact]
    public void Two_pranks_in_24_hours_warn_until_the_first_is_exactly_24_hours_old()
    {
        var h = Calls((Kind.Prank, T0), (Kind.Prank, T0.AddHours(1)));
        Assert.Equal(ReputationLevel.Normal, At(h, T0.AddHours(1) - Tick).Level);
        Assert.Equal(ReputationLevel.Warned, At(h, T0.AddHours(1)).Level);
        Assert.Equal(ReputationLevel.Warned, At(h, T0 + Day - Tick).Level);
        Assert.Equal(ReputationLevel.Normal, At(h, T0 + Day).Level);
        Assert.Equal(ReputationLevel.Normal, At(h, T0 + Day + Tick).Level);
        Assert.Equal(1, At(h, T0 + Day).Counts[0].Counts[Tally.Prank]);
    }

    [Fact]
    public void Three_pranks_in_30_days_flag_until_the_first_is_exactly_30_days_old()
    {
        var month = TimeSpan.FromDays(30);
        var h = Calls((Kind.Prank, T0), (Kind.Prank, T0.AddDays(10)), (Kind.Prank, T0.AddDays(20)));
        Assert.Equal(ReputationLevel.Normal, At(h, T0.AddDays(20) - Tick).Level);
        Assert.Equal(ReputationLevel.Flagged, At(h, T0.AddDays(20)).Level);
        Assert.Equal(ReputationLevel.Flagged, At(h, T0 + month - Tick).Level);
        Assert.Equal(ReputationLevel.Normal, At(h, T0 + month).Level);
        Assert.Equal(ReputationLevel.Normal, At(h, T0 + month + Tick).Level);
    }

    [Fact]
    public void Three_pranks_or_silent_calls_in_24_hours_screen_for_24_hours_from_the_third()
    {
        var third = T0.AddHours(2);
        var h = Calls((Kind.Silent, T0), (Kind.Prank, T0.AddHours(1)), (Kind.Silent, third));
        var r = At(h, third);
        Assert.Equal(ReputationLevel.Screened, r.Level);
        Assert.Equal(third + Day, r.ScreenedUntil);
        Assert.Equal(ReputationLevel.Screened, At(h, third + Day - Tick).Level);
        Assert.Equal(ReputationLevel.Normal, At(h, third + Day).Level);
        Assert.Null(At(h, third + Day).ScreenedUntil);
    }

    [Fact]
    public void Three_nuisance_calls_spread_just_over_24_hours_do_not_screen()
    {
        var h = Calls((Kind.Silent, T0), (Kind.Silent, T0.AddHours(12)), (Kind.Silent, T0 + Day));
        Assert.Equal(ReputationLevel.Normal, At(h, T0 + Day).Level);
        var inside = Calls((Kind.Silent, T0), (Kind.Silent, T0.AddHours(12)), (Kind.Silent, T0 + Day - Tick));
        Assert.Equal(ReputationLevel.Screened, At(inside, T0 + Day - Tick).Level);
    }

    [Fact]
    public void The_highest_rung_wins_and_every_reason_is_given()
    {
        var h = Calls((Kind.Prank, T0), (Kind.Prank, T0.AddMinutes(1)), (Kind.Prank, T0.AddMinutes(2)));
        var r = At(h, T0.AddMinutes(2));
        Assert.Equal(ReputationLevel.Screened, r.Level);
        Assert.Equal(["screened", "flagged", "warned"], r.Reasons.Select(x => x.Source));
    }

    [Fact]
    public void An_operator_flag_holds_a_screening_ends_at_its_time_and_a_clear_forgives_what_came_before()
    {
        var h = Calls((Kind.Prank, T0), (Kind.Prank, T0.AddMinutes(1)))
            .Sanction(new CallerSanction(SanctionAction.Flag, T0.AddMinutes(2), Op, "Laporan palsu berulang"));
        Assert.Equal(ReputationLevel.Flagged, At(h, T0.AddDays(60)).Level);
        Assert.Equal(("Laporan palsu berulang", Op), (At(h, T0.AddDays(60)).Reasons.Single().Note, At(h, T0.AddDays(60)).Reasons.Single().By));

        var until = T0.AddHours(5);
        var screened = h.Sanction(new CallerSanction(SanctionAction.Screen, T0.AddMinutes(3), Op, "Ancaman", until));
        Assert.Equal(until, At(screened, until - Tick).ScreenedUntil);
        Assert.Equal(ReputationLevel.Flagged, At(screened, until).Level);

        var cleared = screened.Sanction(new CallerSanction(SanctionAction.Clear, T0.AddMinutes(4), Op, "Salah sambung"));
        Assert.Equal(ReputationLevel.Normal, At(cleared, T0.AddMinutes(4)).Level);
        Assert.Equal(2, At(cleared, T0.AddMinutes(4)).Counts[0].Counts[Tally.Prank]);
        var again = With(With(cleared, Kind.Prank, T0.AddMinutes(5)), Kind.Prank, T0.AddMinutes(6));
        Assert.Equal(ReputationLevel.Warned, At(again, T0.AddMinutes(6)).Level);
    }

    [Fact]
    public void An_abandoned_call_counts_as_a_hang_up_beside_pranks_and_the_default_ladder_ignores_it()
    {
        var h = Calls((Kind.Abandoned, T0), (Kind.Abandoned, T0.AddMinutes(1)), (Kind.Abandoned, T0.AddMinutes(2)), (Kind.Unclassified, T0));
        var rep = At(h, T0.AddMinutes(3));
        Assert.Equal((3, 1), (rep.Counts[0].Counts[Tally.HangUp], rep.Counts[0].Counts[Tally.Genuine]));
        Assert.Equal(ReputationLevel.Normal, rep.Level);
        var counted = SanctionLadder.Assess(h, [new Rung("hang-ups", ReputationLevel.Warned, 3, [Tally.HangUp], Day)], T0.AddMinutes(3));
        Assert.Equal(ReputationLevel.Warned, counted.Level);
    }

    [Fact]
    public void A_call_the_center_filed_unclassified_takes_the_kind_a_form_gives_it_once_and_keeps_its_place()
    {
        var call = new Interaction(new InteractionId("c-1"), Number, Channel.Voice, Kind.Unclassified, null, null, null, null, T0, T0.AddSeconds(3), T0, 40, null);
        var h = Calls((Kind.Information, T0.AddSeconds(-60))).Record(new CallerEntry(call, null, null)).Record(new CallerEntry(call with { Id = new("c-2") }, null, null));
        var prank = new CallerEntry(call with { Kind = Kind.Prank, Summary = "iseng" }, null, null);
        Assert.True(h.Moves(prank));
        h = h.Record(prank);
        Assert.Equal([Kind.Information, Kind.Prank, Kind.Unclassified], h.Entries.Select(e => e.Interaction.Kind));
        Assert.False(h.Moves(prank));
        Assert.False(h.Moves(new CallerEntry(call, null, null)));
        Assert.Equal(Kind.Prank, h.Record(new CallerEntry(call, null, null)).Entries[1].Interaction.Kind);
    }
}
