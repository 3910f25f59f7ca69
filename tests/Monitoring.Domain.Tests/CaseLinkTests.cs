using Monitoring.Domain;
using Monitoring.Domain.Callers;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Jurisdiction;

namespace Monitoring.Domain.Tests;

public sealed class CaseLinkTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);
    private static readonly SlaPolicy Sla = SlaPolicy.Default;
    private static readonly JurisdictionTree Tree = JurisdictionTree.Default;
    private static readonly UnitId Pamulang = new("polsek-pamulang");
    private static readonly UnitId Polda = new("polda-metro-jaya");
    private static readonly Person Operator = new("u-op", "Iptu Dewi", null, Person.OperatorRole);
    private static readonly Person Officer = new("u-sari", "Bripka Sari", "87050123", "officer");

    private static Interaction Call(string id, Category category, string caller = "081234567890", int minute = 0) => new(
        new InteractionId(id), new CallerNumber(CallerNumbers.Normalize(caller)!.Value.Value), Channel.Voice, category.KindOf(), category,
        new Location(-6.33, 106.72, null), "Laporan " + id, "ct-1", T0.AddMinutes(minute), T0.AddMinutes(minute), T0.AddMinutes(minute), null, null);

    private static Case Open(Category category = Category.Fire, string id = "K-261207-0000000001")
    {
        var d = CaseDecider.Decide(null, new CaseId(id), new OpenCase(Call("i-1", category), category.DefaultPriority(),
            new Routing(Pamulang, Tree.Chain(Pamulang), false)), T0, Sla, Tree);
        return Case.From((CaseOpened)Assert.Single(d.Events));
    }

    private static Decision Decide(Case c, CaseCommand command, int minute = 1) => CaseDecider.Decide(c, c.Id, command, T0.AddMinutes(minute), Sla, Tree);

    private static Case Step(Case c, CaseCommand command, int minute = 1)
    {
        var d = Decide(c, command, minute);
        Assert.Null(d.Rejection);
        return d.Events.Aggregate(c, (s, e) => s.Apply(e));
    }

    [Fact]
    public void A_second_callers_report_joins_the_case_counted_once_per_number()
    {
        var c = Step(Open(), new LinkCall(Call("i-2", Category.Fire, "081298765432", 1), Priority.P1, Automatic: false));
        Assert.Equal(2, c.Callers);
        Assert.Equal(["i-1", "i-2"], c.Calls.Select(i => i.Id.Value));
        var linked = Assert.IsType<CaseLinked>(c.Timeline[^1]);
        Assert.False(linked.Automatic);

        // The same person ringing again is another call, not another caller; the same call sent twice changes nothing.
        c = Step(c, new LinkCall(Call("i-3", Category.Fire, "081298765432", 2), Priority.P1, Automatic: true), 2);
        Assert.Equal(2, c.Callers);
        Assert.Equal(3, c.Calls.Count);
        Assert.Empty(Decide(c, new LinkCall(Call("i-3", Category.Fire, "081298765432", 2), Priority.P1, true)).Events);
    }

    [Fact]
    public void A_linked_call_waits_to_be_filed_in_its_callers_history_apart_from_the_opening()
    {
        var c = Step(Open(), new MarkInteractionFiled(new InteractionId("i-1")));
        Assert.True(c.InteractionFiled);
        c = Step(c, new LinkCall(Call("i-2", Category.Fire, "081298765432"), Priority.P1, false));
        Assert.Equal(["i-2"], c.Unfiled.Select(i => i.Value));
        c = Step(c, new MarkInteractionFiled(new InteractionId("i-2")));
        Assert.True(c.InteractionFiled);
    }

    [Fact]
    public void A_call_of_an_unrelated_category_is_refused_unless_its_caller_already_called_about_the_case()
    {
        var c = Open();
        var insult = Decide(c, new LinkCall(Call("i-2", Category.Insult, "081298765432"), Priority.P3, false));
        Assert.Equal(ErrorCodes.NotSameIncident, insult.Rejection!.Code);
        Assert.Equal("linkToCaseId", insult.Rejection.Field);
        Assert.Null(Decide(c, new LinkCall(Call("i-3", Category.Insult), Priority.P3, false)).Rejection);
    }

    [Fact]
    public void A_more_urgent_call_raises_the_case_and_brings_its_deadline_forward()
    {
        var traffic = Open(Category.Traffic);
        Assert.Equal(Priority.P3, traffic.Priority);
        var c = Step(traffic, new LinkCall(Call("i-2", Category.Fire, "081298765432", 1), Priority.P1, false));

        Assert.Equal(Priority.P1, c.Priority);
        Assert.Equal(Sla.Deadline(Priority.P1, Milestone.Acknowledge, T0, T0.AddMinutes(1)), c.Deadline);
        Assert.True(c.Deadline < traffic.Deadline);
        Assert.Equal(Priority.P1, CaseSummary.Of(c, 2).Priority);

        // A less urgent call never lowers it.
        c = Step(c, new LinkCall(Call("i-3", Category.Traffic, "081311112222", 2), Priority.P3, false), 2);
        Assert.Equal(Priority.P1, c.Priority);
    }

    [Fact]
    public void A_closed_case_takes_no_more_calls()
    {
        var c = Step(Open(), new Cancel(Polda, Operator, CancelReason.Duplicate, "Sudah ditangani"));
        var d = Decide(c, new LinkCall(Call("i-2", Category.Fire, "081298765432"), Priority.P1, false), 2);
        Assert.Equal(RejectionKind.Conflict, d.Rejection!.Kind);
    }

    [Fact]
    public void An_operator_takes_a_linked_call_out_and_it_becomes_the_case_the_unlink_named()
    {
        var c = Step(Open(), new LinkCall(Call("i-2", Category.Fire, "081298765432", 1), Priority.P1, false));
        var split = new CaseId("K-261207-00000000AA");

        Assert.Equal(ErrorCodes.OperatorOnly, Decide(c, new UnlinkCall(Pamulang, Officer, new InteractionId("i-2"), split)).Rejection!.Code);
        Assert.Equal(ErrorCodes.NotLinked, Decide(c, new UnlinkCall(Polda, Operator, new InteractionId("i-1"), split)).Rejection!.Code);
        Assert.Equal(ErrorCodes.NotLinked, Decide(c, new UnlinkCall(Polda, Operator, new InteractionId("i-9"), split)).Rejection!.Code);

        c = Step(c, new UnlinkCall(Polda, Operator, new InteractionId("i-2"), split), 3);
        Assert.Equal(1, c.Callers);
        Assert.Equal(["i-1"], c.Calls.Select(i => i.Id.Value));
        var open = CaseLinks.Split(c, new InteractionId("i-2"), _ => new Routing(Pamulang, Tree.Chain(Pamulang), false), out var splitTo);
        Assert.Equal(("i-2", split, Priority.P1), (open.Interaction.Id.Value, splitTo, open.Priority));
        Assert.Equal(open.Interaction.RecordedAt, open.Since);
        // A retry (with the id the retry would pick) is the same unlink, answered with the case the first one named.
        Assert.Empty(Decide(c, new UnlinkCall(Polda, Operator, new InteractionId("i-2"), new CaseId("K-261207-00000000BB"))).Events);
    }

    [Fact]
    public void A_split_call_opens_with_deadlines_from_its_own_time()
    {
        var since = T0.AddMinutes(-20);
        var d = CaseDecider.Decide(null, new CaseId("K-261207-00000000AA"), new OpenCase(Call("i-2", Category.Fire), Priority.P1,
            new Routing(Pamulang, Tree.Chain(Pamulang), false), since), T0, Sla, Tree);
        var opened = (CaseOpened)Assert.Single(d.Events);
        Assert.Equal(Sla.Deadline(Priority.P1, Milestone.Acknowledge, since, T0), opened.Deadline);
    }

    [Fact]
    public void A_merge_joins_the_calls_to_the_other_case_and_closes_this_one_pointing_there()
    {
        var into = Open(Category.Riot, "K-261207-0000000002");
        var merged = Step(Open(Category.Violence), new LinkCall(Call("i-7", Category.Violence, "081311112222"), Priority.P1, false));

        Assert.Equal(ErrorCodes.Required, Decide(into, new JoinCalls(Polda, Operator, merged.Id, merged.Calls, merged.Priority, " ")).Rejection!.Code);
        Assert.Equal(ErrorCodes.OperatorOnly, Decide(into, new JoinCalls(Pamulang, Officer, merged.Id, merged.Calls, merged.Priority, "sama")).Rejection!.Code);
        Assert.NotNull(Decide(into, new JoinCalls(Polda, Operator, into.Id, into.Calls, into.Priority, "sama")).Rejection);

        var joined = Step(into, new JoinCalls(Polda, Operator, merged.Id, merged.Calls, merged.Priority, "Kerusuhan yang sama"));
        // i-1 is the opening call of both test cases: the same interaction is held once.
        Assert.Equal(["i-1", "i-7"], joined.Calls.Select(i => i.Id.Value));
        Assert.Equal(2, joined.Callers);
        Assert.Empty(Decide(joined, new JoinCalls(Polda, Operator, merged.Id, merged.Calls, merged.Priority, "lagi")).Events);

        var closed = Step(merged, new MergeInto(Polda, Operator, into.Id, "Kerusuhan yang sama"));
        Assert.Equal(CaseState.Merged, closed.State);
        Assert.True(closed.IsFinal);
        Assert.Equal(into.Id, closed.MergedInto);
        Assert.Empty(Decide(closed, new MergeInto(Polda, Operator, into.Id, "lagi")).Events);
        Assert.NotNull(Decide(closed, new MergeInto(Polda, Operator, new CaseId("K-261207-0000000003"), "lain")).Rejection);
    }
}
