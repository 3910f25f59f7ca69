using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Jurisdiction;

namespace Monitoring.Domain.Tests;

public sealed class CaseDeciderTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);
    private static readonly SlaPolicy Sla = SlaPolicy.Default;
    private static readonly UnitId Pamulang = new("polsek-pamulang");
    private static readonly UnitId Polres = new("polres-tangerang-selatan");
    private static readonly UnitId Polda = new("polda-metro-jaya");
    private static readonly UnitId Mabes = new("mabes");
    private static readonly UnitId Serpong = new("polsek-serpong");
    private static readonly CaseId Id = new("K-261128-0000000001");
    private static readonly JurisdictionTree Tree = JurisdictionTree.Default;
    private static readonly Person Sari = new("u-sari", "Bripka Sari", "87050123", "officer");
    private static readonly Person X = Person.Named("x");

    private static Interaction Report(Category category = Category.Fire) => new(
        new InteractionId("i-1"), new CallerNumber("081234567890"), Channel.Voice, Kind.Report, category,
        new Location(-6.33, 106.72, null), "Kebakaran", null, T0, T0, T0, null, null);

    private static Case Open(Priority priority = Priority.P1)
    {
        var d = CaseDecider.Decide(null, Id, new OpenCase(Report(), priority, new Routing(Pamulang, JurisdictionTree.Default.Chain(Pamulang), false)), T0, Sla, Tree);
        return Case.From((CaseOpened)Assert.Single(d.Events));
    }

    private static Case Step(Case c, CaseCommand command, DateTimeOffset at)
    {
        var d = CaseDecider.Decide(c, c.Id, command, at, Sla, Tree);
        Assert.Null(d.Rejection);
        return d.Events.Aggregate(c, (s, e) => s.Apply(e));
    }

    private static Rejection Refused(Case? c, CaseCommand command, DateTimeOffset? at = null)
    {
        var d = CaseDecider.Decide(c, Id, command, at ?? T0, Sla, Tree);
        Assert.Empty(d.Events);
        return d.Rejection!;
    }

    public static TheoryData<CaseState, string, bool> Transitions()
    {
        var data = new TheoryData<CaseState, string, bool>();
        var legal = new Dictionary<string, CaseState[]>
        {
            ["acknowledge"] = [CaseState.Open],
            ["dispatch"] = [CaseState.Acknowledged],
            ["arrive"] = [CaseState.Dispatched],
            ["resolve"] = [CaseState.OnScene],
            ["cancel"] = [CaseState.Open, CaseState.Acknowledged, CaseState.Dispatched, CaseState.OnScene],
            ["reassign"] = [CaseState.Open, CaseState.Acknowledged, CaseState.Dispatched, CaseState.OnScene],
            ["note"] = [CaseState.Open, CaseState.Acknowledged, CaseState.Dispatched, CaseState.OnScene],
        };
        foreach (var state in Enum.GetValues<CaseState>())
        foreach (var (action, from) in legal)
            data.Add(state, action, from.Contains(state));
        return data;
    }

    private static UnitAction Action(string name, UnitId by) => name switch
    {
        "acknowledge" => new Acknowledge(by, Sari),
        "dispatch" => new Dispatch(by, Sari, "Patroli 1"),
        "arrive" => new Arrive(by, Sari),
        "resolve" => new Resolve(by, Sari, "Selesai"),
        "reassign" => new Reassign(by, Sari, Serpong, "Lokasi masuk wilayah Serpong"),
        "note" => new AddNote(by, Sari, "Pelapor menelepon lagi"),
        _ => new Cancel(by, Sari, CancelReason.Duplicate, "Sudah dilaporkan di kasus lain"),
    };

    /// <summary>Who takes each action on the P1 case these tests open: the Polsek, except a cancel, which a P1 case
    /// takes from the Polres, and a handover, which the Polres makes to another of its Polsek.</summary>
    private static UnitAction ActionOnP1(string name) => Action(name, name is "cancel" or "reassign" ? Polres : Pamulang);

    private static Case InState(CaseState state)
    {
        var c = Open();
        var t = T0;
        foreach (var (next, action) in new[] { (CaseState.Acknowledged, "acknowledge"), (CaseState.Dispatched, "dispatch"), (CaseState.OnScene, "arrive"), (CaseState.Resolved, "resolve") })
        {
            if (c.State == state) return c;
            if (state == CaseState.Cancelled) return Step(c, ActionOnP1("cancel"), t);
            if (state == CaseState.Merged) return Step(c, new MergeInto(Polda, Operator, new CaseId("K-261128-0000000002"), "Kejadian yang sama"), t);
            c = Step(c, ActionOnP1(action), t = t.AddSeconds(30));
        }
        return c;
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Every_action_is_legal_exactly_in_its_states(CaseState state, string action, bool legal)
    {
        var c = InState(state);
        Assert.Equal(state, c.State);
        var d = CaseDecider.Decide(c, c.Id, ActionOnP1(action), T0.AddMinutes(5), Sla, Tree);
        if (legal)
        {
            Assert.Null(d.Rejection);
            var after = c.Apply(Assert.Single(d.Events));
            Assert.Equal(action is "reassign" or "note", state == after.State);
        }
        else
        {
            Assert.Equal(RejectionKind.Conflict, d.Rejection!.Kind);
            Assert.Contains(state.ToString(), d.Rejection.Reason);
            Assert.Empty(d.Events);
        }
    }

    [Fact]
    public void The_happy_path_sets_each_deadline_from_the_opening()
    {
        var c = Open();
        Assert.Equal(T0 + Sla.P1.Acknowledge, c.Deadline);
        c = Step(c, new Acknowledge(Pamulang, Sari), T0.AddSeconds(40));
        Assert.Equal(T0 + Sla.P1.Dispatch, c.Deadline);
        c = Step(c, new Dispatch(Pamulang, Sari, "Patroli 1"), T0.AddMinutes(2));
        Assert.Equal(T0 + Sla.P1.OnScene, c.Deadline);
        c = Step(c, new Arrive(Pamulang, Sari), T0.AddMinutes(8));
        Assert.Equal(T0 + Sla.P1.Resolve, c.Deadline);
        c = Step(c, new Resolve(Pamulang, Sari, "Api padam"), T0.AddHours(1));
        Assert.Equal(CaseState.Resolved, c.State);
        Assert.Null(c.Deadline);
        Assert.Equal(5, c.Timeline.Count);
    }

    [Fact]
    public void A_stage_entered_late_still_gets_its_own_length()
    {
        var c = Step(Open(), new Acknowledge(Pamulang, Sari), T0.AddMinutes(5));
        // Dispatch target is 3 min from opening, long past; the stage gets its 2 min from now.
        Assert.Equal(T0.AddMinutes(5) + Sla.P1.StageLength(Milestone.Dispatch), c.Deadline);
    }

    [Theory]
    [InlineData(Priority.P1, 1, 3, 10, 240)]
    [InlineData(Priority.P2, 5, 15, 30, 1440)]
    [InlineData(Priority.P3, 30, 240, 1440, 4320)]
    public void Default_deadlines_per_priority(Priority priority, int ack, int dispatch, int onScene, int resolve)
    {
        var t = Sla.For(priority);
        Assert.Equal([ack, dispatch, onScene, resolve],
            new[] { t.Acknowledge, t.Dispatch, t.OnScene, t.Resolve }.Select(x => (int)x.TotalMinutes));
        Assert.Equal(T0 + t.Acknowledge, Open(priority).Deadline);
    }

    [Fact]
    public void Out_of_order_targets_are_named()
    {
        var bad = Sla with { P2 = Sla.P2 with { Dispatch = TimeSpan.FromMinutes(1) } };
        Assert.Contains(bad.Problems(), p => p.StartsWith("P2:Dispatch"));
        Assert.Empty(Sla.Problems());
    }

    [Fact]
    public void The_ladder_climbs_from_the_Polsek_to_Mabes_and_re_alarms_there()
    {
        var c = Open();
        var stage = Sla.P1.StageLength(Milestone.Acknowledge);
        var seen = new List<CaseEscalated>();
        for (var i = 0; i < 5; i++)
        {
            // Not due yet: nothing happens.
            Assert.Empty(CaseDecider.Decide(c, c.Id, CheckDeadline.Instance, c.Deadline!.Value.AddTicks(-1), Sla, Tree).Events);
            var at = c.Deadline!.Value;
            var d = CaseDecider.Decide(c, c.Id, CheckDeadline.Instance, at, Sla, Tree);
            var e = Assert.IsType<CaseEscalated>(Assert.Single(d.Events));
            Assert.Equal(at + stage, e.Deadline);
            seen.Add(e);
            c = c.Apply(e);
        }
        Assert.Equal([(Pamulang, Polres), (Polres, Polda), (Polda, Mabes), (Mabes, Mabes), (Mabes, Mabes)], seen.Select(e => (e.From, e.To)));
        Assert.Equal([1, 2, 3, 3, 3], seen.Select(e => e.Level));
        Assert.Equal([1, 2, 3, 4, 5], seen.Select(e => e.Alarm));
        Assert.Equal([true, true, true, false, false], seen.Select(e => e.Climbed));
        Assert.All(seen, e => Assert.Equal(Milestone.Acknowledge, e.Missed));
        Assert.Equal(CaseState.Open, c.State);
        Assert.Equal([Pamulang, Polres, Polda, Mabes], c.ResponsibleUnits);
    }

    [Fact]
    public void A_summary_says_which_units_must_act_as_the_case_does()
    {
        var c = Open();
        var escalated = c.Apply(Assert.IsType<CaseEscalated>(Assert.Single(
            CaseDecider.Decide(c, c.Id, CheckDeadline.Instance, c.Deadline!.Value, Sla, Tree).Events)));
        var summary = CaseSummary.Of(escalated, 2);
        Assert.Equal([Pamulang, Polres], escalated.ResponsibleUnits);
        Assert.Equal([true, true, false, false], new[] { Pamulang, Polres, Polda, Mabes }.Select(summary.IsResponsible));
    }

    [Fact]
    public void Escalation_follows_the_stage_the_case_waits_for()
    {
        var c = Step(Open(), new Acknowledge(Pamulang, Sari), T0.AddSeconds(30));
        var d = CaseDecider.Decide(c, c.Id, CheckDeadline.Instance, c.Deadline!.Value, Sla, Tree);
        var e = Assert.IsType<CaseEscalated>(Assert.Single(d.Events));
        Assert.Equal(Milestone.Dispatch, e.Missed);
        Assert.Equal(c.Deadline.Value + Sla.P1.StageLength(Milestone.Dispatch), e.Deadline);
    }

    [Fact]
    public void A_final_case_never_escalates()
    {
        var c = InState(CaseState.Resolved);
        Assert.Empty(CaseDecider.Decide(c, c.Id, CheckDeadline.Instance, T0.AddDays(10), Sla, Tree).Events);
    }

    [Fact]
    public void Any_unit_on_the_chain_may_act_and_no_other()
    {
        foreach (var unit in new[] { Pamulang, Polres, Polda, Mabes })
            Assert.Equal(CaseState.Acknowledged, Step(Open(), new Acknowledge(unit, X), T0).State);
        var refusal = Refused(Open(), new Acknowledge(new UnitId("polsek-gambir"), X));
        Assert.Equal(RejectionKind.Forbidden, refusal.Kind);
        Assert.Equal("unitId", refusal.Field);
        Assert.Equal(RejectionKind.Forbidden, Refused(Open(), new Acknowledge(new UnitId("polres-metro-depok"), X)).Kind);
    }

    [Fact]
    public void Missing_officer_patrol_or_outcome_is_invalid_and_names_the_field()
    {
        Assert.Equal("officer", Refused(Open(), new Acknowledge(Pamulang, Person.Named(" "))).Field);
        Assert.Equal("patrol", Refused(InState(CaseState.Acknowledged), new Dispatch(Pamulang, X, "")).Field);
        Assert.Equal("outcome", Refused(InState(CaseState.OnScene), new Resolve(Pamulang, X, "")).Field);
        Assert.Equal("officer", Refused(Open(), new Acknowledge(Pamulang, Person.Named(new string('x', 101)))).Field);
    }

    [Fact]
    public void Officer_patrol_and_outcome_hold_no_control_characters_and_only_the_outcome_may_break_lines()
    {
        Assert.Equal("officer", Refused(Open(), new Acknowledge(Pamulang, Person.Named("Bripka\u0000Sari"))).Field);
        Assert.Equal("officer", Refused(Open(), new Acknowledge(Pamulang, Person.Named("Bripka Sari\r\nINFO forged"))).Field);
        Assert.Equal("patrol", Refused(InState(CaseState.Acknowledged), new Dispatch(Pamulang, X, "Patroli\u202E2")).Field);
        Assert.Equal("outcome", Refused(InState(CaseState.OnScene), new Resolve(Pamulang, X, "Api padam\u0000")).Field);
        Assert.Equal(CaseState.Resolved, Step(InState(CaseState.OnScene), new Resolve(Pamulang, X, "Api padam.\nKorban selamat."), T0).State);
    }

    [Fact]
    public void Commands_to_a_case_that_does_not_exist_are_not_found_and_opening_twice_is_idempotent()
    {
        Assert.Equal(RejectionKind.NotFound, Refused(null, new Acknowledge(Pamulang, X)).Kind);
        Assert.Equal(RejectionKind.NotFound, Refused(null, CheckDeadline.Instance).Kind);
        var c = Open();
        var again = CaseDecider.Decide(c, c.Id, new OpenCase(Report(), Priority.P1, c.Routing), T0, Sla, Tree);
        Assert.Null(again.Rejection);
        Assert.Empty(again.Events);
        var other = CaseDecider.Decide(c, c.Id, new OpenCase(Report() with { Id = new InteractionId("i-2") }, Priority.P1, c.Routing), T0, Sla, Tree);
        Assert.Equal(RejectionKind.Conflict, other.Rejection!.Kind);
    }

    [Fact]
    public void A_P1_case_cancelled_by_a_Polsek_officer_is_forbidden_and_says_who_may()
    {
        var refusal = Refused(Open(Priority.P1), Action("cancel", Pamulang));
        Assert.Equal(RejectionKind.Forbidden, refusal.Kind);
        Assert.Equal("unitId", refusal.Field);
        Assert.StartsWith("A P1 case is cancelled only by an operator or the Polres", refusal.Reason);
        Assert.Contains("polsek-pamulang is a Polsek", refusal.Reason);
        Assert.Equal(RejectionKind.Forbidden, Refused(Open(Priority.P2), Action("cancel", Pamulang)).Kind);
    }

    [Fact]
    public void An_operator_cancels_a_P1_case_from_any_unit_on_the_chain()
    {
        var operatorOnDuty = new Person("u-rina", "AKP Rina", null, Person.OperatorRole);
        var c = Step(Open(Priority.P1), new Cancel(Pamulang, operatorOnDuty, CancelReason.Prank, "Penelepon anak-anak"), T0.AddMinutes(1));
        Assert.Equal(CaseState.Cancelled, c.State);
        var cancelled = Assert.IsType<CaseCancelled>(c.Timeline[^1]);
        Assert.Equal(operatorOnDuty, cancelled.Officer);
        Assert.Equal("Penelepon anak-anak", cancelled.Note);
    }

    [Fact]
    public void The_Polres_and_every_unit_above_it_cancel_a_P1_case()
    {
        foreach (var unit in new[] { Polres, Polda, Mabes })
            Assert.Equal(CaseState.Cancelled, Step(Open(Priority.P1), Action("cancel", unit), T0).State);
    }

    [Fact]
    public void A_P3_case_is_cancelled_by_the_officer_of_any_unit_on_its_chain()
    {
        var c = Step(Open(Priority.P3), Action("cancel", Pamulang), T0);
        Assert.Equal(CaseState.Cancelled, c.State);
        Assert.Equal(Sari, ((CaseCancelled)c.Timeline[^1]).Officer);
    }

    [Fact]
    public void Every_cancel_needs_a_note_of_at_most_the_text_length()
    {
        foreach (var note in new[] { "", "  ", new string('x', CaseDecider.MaxTextLength + 1), "Iseng\u0000" })
        {
            var refusal = Refused(Open(Priority.P3), new Cancel(Pamulang, Sari, CancelReason.Prank, note));
            Assert.Equal((RejectionKind.Invalid, "note"), (refusal.Kind, refusal.Field));
        }
        var c = Step(Open(Priority.P3), new Cancel(Pamulang, Sari, CancelReason.Prank, " Dua kali menelepon.\nTidak ada kejadian. "), T0);
        Assert.Equal("Dua kali menelepon.\nTidak ada kejadian.", ((CaseCancelled)c.Timeline[^1]).Note);
    }

    [Fact]
    public void The_acting_person_is_kept_whole_with_the_name_trimmed()
    {
        var c = Step(Open(), new Acknowledge(Pamulang, Sari with { Name = "  Bripka Sari " }), T0);
        Assert.Equal(Sari, ((CaseActed)c.Timeline[^1]).Officer);
    }

    [Fact]
    public void Filing_the_interaction_happens_once()
    {
        var opened = Open();
        var filed = new MarkInteractionFiled(opened.Interaction.Id);
        var c = Step(opened, filed, T0);
        Assert.True(c.InteractionFiled);
        Assert.Empty(CaseDecider.Decide(c, c.Id, filed, T0, Sla, Tree).Events);
        Assert.Single(c.Timeline);
    }

    private static readonly Person Operator = new("u-op", "Iptu Dewi", null, Person.OperatorRole);

    private static string Name(CaseAction action) => action.ToString().ToLowerInvariant();

    /// <summary>Whether the decider takes the action from this unit and person: what the console must offer.</summary>
    private static bool Accepted(Case c, CaseAction action, UnitId by, Person who) =>
        !CaseDecider.Decide(c, c.Id, Action(Name(action), by) with { Officer = who }, T0.AddMinutes(1), Sla, Tree).Rejected;

    [Theory]
    [InlineData(Priority.P1)]
    [InlineData(Priority.P3)]
    public void Every_state_offers_exactly_what_the_decider_accepts_the_next_step_first(Priority priority)
    {
        var c = Open(priority);
        var seen = new List<CaseState>();
        while (true)
        {
            seen.Add(c.State);
            foreach (var (unit, who) in new[] { (Pamulang, Sari), (Polres, Sari), (Pamulang, Operator), (new UnitId("polsek-gambir"), Sari) })
            {
                var allowed = CaseDecider.Allowed(c, unit, who, Tree);
                Assert.Equal(Enum.GetValues<CaseAction>().Where(a => Accepted(c, a, unit, who)), allowed.Order());
                if (allowed.Count > 0) Assert.Equal(CaseActions.Next(c.State), allowed[0]);
            }
            if (CaseActions.Next(c.State) is not { } next) break;
            c = CaseDecider.Decide(c, c.Id, Action(Name(next), Pamulang), T0.AddMinutes(1), Sla, Tree).Events
                .Aggregate(c, (s, e) => s.Apply(e));
        }
        Assert.Equal([CaseState.Open, CaseState.Acknowledged, CaseState.Dispatched, CaseState.OnScene, CaseState.Resolved], seen);
        Assert.Empty(CaseDecider.Allowed(c, Pamulang, Operator, Tree));
    }

    [Fact]
    public void A_polsek_officer_is_not_offered_the_cancel_of_an_urgent_case_that_an_operator_or_the_polres_may_make()
    {
        var c = Open(Priority.P1);
        Assert.Equal([CaseAction.Acknowledge, CaseAction.Note], CaseDecider.Allowed(c, Pamulang, Sari, Tree));
        Assert.Equal([CaseAction.Acknowledge, CaseAction.Cancel, CaseAction.Reassign, CaseAction.Note], CaseDecider.Allowed(c, Polres, Sari, Tree));
        Assert.Equal([CaseAction.Acknowledge, CaseAction.Cancel, CaseAction.Note], CaseDecider.Allowed(c, Pamulang, Operator, Tree));
        var cancelled = c.Apply(Assert.Single(CaseDecider.Decide(c, c.Id, Action("cancel", Polres), T0, Sla, Tree).Events));
        Assert.Empty(CaseDecider.Allowed(cancelled, Polres, Sari, Tree));
    }

    [Fact]
    public void A_polres_hands_an_escalated_case_to_another_of_its_polsek_which_then_answers_for_it_with_a_fresh_stage()
    {
        // Unacknowledged past its minute: the case climbed to the Polres.
        var c = Step(Open(), CheckDeadline.Instance, T0.AddMinutes(2));
        Assert.Equal(1, c.Level);
        var at = T0.AddMinutes(3);
        c = Step(c, new Reassign(Polres, Sari, Serpong, "  Lokasi masuk wilayah Serpong "), at);
        var handed = Assert.IsType<CaseReassigned>(c.Timeline[^1]);
        Assert.Equal((Pamulang, Serpong, "Lokasi masuk wilayah Serpong"), (handed.From, handed.Routing.UnitId, handed.Reason));
        Assert.Equal(Serpong, c.AssignedUnit);
        Assert.Equal(Tree.Chain(Serpong), c.Chain);
        Assert.Equal((0, Serpong), (c.Level, c.ResponsibleUnit));
        Assert.Equal([Serpong], c.ResponsibleUnits);
        Assert.Equal(CaseState.Open, c.State);
        Assert.Equal(at + Sla.P1.StageLength(Milestone.Acknowledge), c.Deadline);
        // The old Polsek is off the chain now; the new one acts.
        Assert.Equal(RejectionKind.Forbidden, Refused(c, new Acknowledge(Pamulang, Sari)).Kind);
        Step(c, new Acknowledge(Serpong, Sari), at.AddSeconds(10));
    }

    [Fact]
    public void A_handover_goes_only_down_the_acting_units_command_to_a_unit_the_case_is_not_with_and_says_why()
    {
        var c = Open();
        // A Polsek has nothing below it: it asks its Polres, and so is not offered the handover.
        Assert.Equal(RejectionKind.Forbidden, Refused(c, new Reassign(Pamulang, Sari, Serpong, "x")).Kind);
        Assert.DoesNotContain(CaseAction.Reassign, CaseDecider.Allowed(c, Pamulang, Sari, Tree));
        Assert.Equal(RejectionKind.Forbidden, Refused(c, new Reassign(Polres, Sari, new UnitId("polsek-gambir"), "x")).Kind);
        var same = Refused(c, new Reassign(Polres, Sari, Pamulang, "x"));
        Assert.Equal((RejectionKind.Invalid, "toUnitId"), (same.Kind, same.Field));
        Assert.Equal("toUnitId", Refused(c, new Reassign(Polres, Sari, new UnitId("polsek-nowhere"), "x")).Field);
        Assert.Equal("reason", Refused(c, new Reassign(Polres, Sari, Serpong, "  ")).Field);
        Assert.Equal("reason", Refused(c, new Reassign(Polres, Sari, Serpong, "a\u0007b")).Field);
        // The Polda's room places a case anywhere in its area, itself and an out-of-coverage flag no longer in the way.
        var triage = c with { Routing = c.Routing with { OutOfCoverage = true } };
        var placed = Step(triage, new Reassign(Polda, Sari, Serpong, "Salah wilayah"), T0.AddSeconds(5));
        Assert.False(placed.Routing.OutOfCoverage);
        Assert.Equal(Serpong, placed.AssignedUnit);
        var resolved = InState(CaseState.Resolved);
        Assert.Equal(RejectionKind.Conflict, Refused(resolved, new Reassign(Polres, Sari, Serpong, "x")).Kind);
    }

    [Fact]
    public void A_note_from_a_unit_on_the_chain_lands_on_the_timeline_trimmed_and_leaves_the_case_where_it_was()
    {
        var c = Step(Open(), new AddNote(Polda, Sari, " Pelapor menelepon lagi:\nasap makin tebal "), T0.AddSeconds(20));
        var note = Assert.IsType<CaseNoted>(c.Timeline[^1]);
        Assert.Equal(("Pelapor menelepon lagi:\nasap makin tebal", Polda, Sari), (note.Text, note.By, note.Officer));
        Assert.Equal((CaseState.Open, 0, T0 + Sla.P1.Acknowledge), (c.State, c.Level, c.Deadline));
        Assert.Equal("note", Refused(c, new AddNote(Pamulang, Sari, "")).Field);
        Assert.Equal("note", Refused(c, new AddNote(Pamulang, Sari, new string('a', CaseDecider.MaxTextLength + 1))).Field);
        Assert.Equal("note", Refused(c, new AddNote(Pamulang, Sari, "a\u0000b")).Field);
        Assert.Equal("note", Refused(c, new AddNote(Pamulang, Sari, "a\u202Eb")).Field);
        Assert.Equal(RejectionKind.Forbidden, Refused(c, new AddNote(new UnitId("polsek-gambir"), Sari, "x")).Kind);
        Assert.Equal(RejectionKind.Conflict, Refused(InState(CaseState.Cancelled), new AddNote(Polres, Sari, "x")).Kind);
    }

    [Fact]
    public void Alarms_are_acknowledged_up_to_the_one_seen_while_the_case_stays_where_it_was_and_a_later_alarm_is_open_again()
    {
        var c = Open();
        Assert.Equal(ErrorCodes.NoOpenAlarm, Refused(c, new AcknowledgeAlarm(Polda, Sari, null)).Code);
        for (var i = 0; i < 4; i++) c = Step(c, CheckDeadline.Instance, c.Deadline!.Value);
        Assert.Equal(4, CaseSummary.Of(c, 5).UnacknowledgedAlarms);

        var deadline = c.Deadline;
        c = Step(c, new AcknowledgeAlarm(Polda, Sari, 3), c.Deadline!.Value.AddSeconds(-5));
        var seen = Assert.IsType<CaseAlarmAcknowledged>(c.Timeline[^1]);
        Assert.Equal((3, Polda, Sari), (seen.Alarm, seen.By, seen.Officer));
        Assert.Equal((CaseState.Open, 3, deadline, 1), (c.State, c.Level, c.Deadline, c.Progress.UnacknowledgedAlarms));

        var twice = Refused(c, new AcknowledgeAlarm(Polda, Sari, 3));
        Assert.Equal((RejectionKind.Conflict, ErrorCodes.NoOpenAlarm), (twice.Kind, twice.Code));
        var unknown = Refused(c, new AcknowledgeAlarm(Polda, Sari, 5));
        Assert.Equal((RejectionKind.Invalid, ErrorCodes.OutOfRange, "alarm"), (unknown.Kind, unknown.Code, unknown.Field));
        Assert.Equal("alarm", Refused(c, new AcknowledgeAlarm(Polda, Sari, 0)).Field);
        Assert.Equal(RejectionKind.Forbidden, Refused(c, new AcknowledgeAlarm(new UnitId("polsek-gambir"), Sari, null)).Kind);
        Assert.Equal("officer", Refused(c, new AcknowledgeAlarm(Polda, Sari with { Name = "a\u0000b" }, null)).Field);

        c = Step(c, new AcknowledgeAlarm(Mabes, Sari, null), c.Deadline!.Value.AddSeconds(-1));
        Assert.Equal(0, c.Progress.UnacknowledgedAlarms);
        // Mabes re-alarms: the acknowledgement did not act on the case, so a new alarm waits again.
        c = Step(c, CheckDeadline.Instance, c.Deadline!.Value);
        Assert.Equal((5, 1), (c.Alarms, CaseSummary.Of(c, 9).UnacknowledgedAlarms));
        var cancelled = Step(c, new Cancel(Polres, Sari, CancelReason.Duplicate, "Sudah ada"), c.Deadline!.Value.AddSeconds(-1));
        Assert.Equal(0, cancelled.Progress.UnacknowledgedAlarms);
        Assert.Equal(ErrorCodes.NoOpenAlarm, Refused(cancelled, new AcknowledgeAlarm(Polda, Sari, null)).Code);
    }
}
