using Monitoring.Domain.Interactions;
using Monitoring.Domain.Telephony;

namespace Monitoring.Domain.Tests;

public sealed class CallTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 7, 23, 40, 0, TimeSpan.Zero);
    private static readonly CallId Id = new("call-1@10.0.0.1");
    private static readonly CallerNumber Number = new("+6281234567890");

    private static TelephonyEvent Step(CallStep step, double seconds, CallerNumber? caller = null) => new(Id, step, T0.AddSeconds(seconds), caller);

    private static Call Fold(params TelephonyEvent[] steps) =>
        steps.Aggregate(Call.Empty(Id), (call, s) => call.Knows(s) || call.Refusal(s) is not null ? call : call.Apply(new CallStepRecorded(s)));

    [Fact]
    public void Offer_answer_end_makes_an_ended_call_with_the_telephony_times()
    {
        var call = Fold(Step(CallStep.Offered, 0, Number), Step(CallStep.Answered, 4.5), Step(CallStep.Ended, 64.5));
        Assert.Equal((CallStatus.Ended, T0, T0.AddSeconds(4.5), T0.AddSeconds(64.5)), (call.Status, call.OfferedAt, call.AnsweredAt, call.EndedAt));
        Assert.Equal(new CallAttach(call.InteractionId, T0, T0.AddSeconds(4.5), 60, call.Caller), call.AttachForm().Attach);
    }

    [Fact]
    public void A_step_already_known_is_a_no_op_and_a_second_end_is_the_same_end()
    {
        var call = Fold(Step(CallStep.Offered, 0, Number), Step(CallStep.Answered, 3));
        Assert.True(call.Knows(Step(CallStep.Answered, 3)));
        Assert.True(call.Knows(Step(CallStep.Offered, 1)));
        Assert.Same(call, call.Apply(new CallStepRecorded(Step(CallStep.Answered, 5))));
        var ended = call.Apply(new CallStepRecorded(Step(CallStep.Ended, 10)));
        Assert.True(ended.Knows(Step(CallStep.Abandoned, 10)));
        Assert.Equal(3, ended.Steps.Count);
    }

    [Fact]
    public void Steps_out_of_order_are_ordered_by_their_time_and_a_late_offer_still_sets_the_ring()
    {
        var call = Fold(Step(CallStep.Ended, 30), Step(CallStep.Answered, 6), Step(CallStep.Offered, 0, Number));
        Assert.Equal([CallStep.Offered, CallStep.Answered, CallStep.Ended], call.Steps.Select(s => s.Step));
        Assert.Equal((CallStatus.Ended, (DateTimeOffset?)T0), (call.Status, call.OfferedAt));
        Assert.Equal(Number, call.Caller);
    }

    [Fact]
    public void An_end_without_an_answer_is_abandoned_and_owes_one_filing()
    {
        var call = Fold(Step(CallStep.Offered, 0, Number), Step(CallStep.Ended, 8));
        Assert.Equal(CallStatus.Abandoned, call.Status);
        Assert.True(call.OwesAbandonedFiling);
        Assert.Null(call.UnclassifiedDueAt(TimeSpan.FromMinutes(2)));
        Assert.Equal(ErrorCodes.CallAbandoned, call.AttachForm().Refusal);
        var interaction = call.Provisional(Kind.Abandoned, T0.AddSeconds(9));
        Assert.Equal((Kind.Abandoned, T0, (DateTimeOffset?)null, call.InteractionId), (interaction.Kind, interaction.ReceivedAt, interaction.AnsweredAt, interaction.Id));
        Assert.False(call.Apply(new CallFiled(Id, T0.AddSeconds(9), Kind.Abandoned)).OwesAbandonedFiling);
    }

    [Fact]
    public void An_abandonment_before_the_number_is_known_waits_for_the_offer()
    {
        var call = Fold(Step(CallStep.Abandoned, 8));
        Assert.Equal(CallStatus.Abandoned, call.Status);
        Assert.False(call.OwesAbandonedFiling);
        Assert.True(Fold(Step(CallStep.Abandoned, 8), Step(CallStep.Offered, 0, Number)).OwesAbandonedFiling);
    }

    [Fact]
    public void An_answered_call_ended_without_a_form_is_due_unclassified_after_the_grace_and_a_form_settles_it()
    {
        var grace = TimeSpan.FromMinutes(2);
        var call = Fold(Step(CallStep.Offered, 0, Number), Step(CallStep.Answered, 2));
        Assert.Null(call.UnclassifiedDueAt(grace));
        call = call.Apply(new CallStepRecorded(Step(CallStep.Ended, 40)));
        Assert.Equal(T0.AddSeconds(40) + grace, call.UnclassifiedDueAt(grace));
        var filed = call.Apply(new CallFiled(Id, T0.AddSeconds(160), Kind.Unclassified));
        Assert.Null(filed.UnclassifiedDueAt(grace));
        Assert.NotNull(filed.AttachForm().Attach);
        var classified = filed.Apply(new CallClassified(Id, T0.AddSeconds(200), Kind.Prank));
        Assert.Equal(ErrorCodes.CallRecorded, classified.AttachForm().Refusal);
        Assert.Null(call.Apply(new CallClassified(Id, T0.AddSeconds(50), Kind.Information)).UnclassifiedDueAt(grace));
    }

    [Fact]
    public void An_unknown_call_refuses_a_form()
    {
        Assert.Equal(ErrorCodes.CallNotFound, Call.Empty(Id).AttachForm().Refusal);
    }

    [Fact]
    public void Times_that_contradict_the_known_steps_are_refused_on_at()
    {
        var call = Fold(Step(CallStep.Offered, 10, Number), Step(CallStep.Answered, 15));
        Assert.Equal(("at", ErrorCodes.StepOrder), (call.Refusal(Step(CallStep.Ended, 12))!.Field, call.Refusal(Step(CallStep.Ended, 12))!.Code));
        Assert.Null(call.Refusal(Step(CallStep.Ended, 15)));
        var early = Fold(Step(CallStep.Offered, 10, Number));
        Assert.NotNull(early.Refusal(Step(CallStep.Answered, 9)));
        var ended = Fold(Step(CallStep.Ended, 10));
        Assert.NotNull(ended.Refusal(Step(CallStep.Offered, 11, Number)));
        Assert.NotNull(ended.Refusal(Step(CallStep.Answered, 11)));
    }

    [Fact]
    public void The_interaction_id_is_the_same_for_the_same_call_and_differs_between_calls()
    {
        Assert.Equal(Call.IdOf(Id), Call.Empty(Id).InteractionId);
        Assert.NotEqual(Call.IdOf(Id), Call.IdOf(new CallId("call-2@10.0.0.1")));
        Assert.Equal(32, Call.IdOf(Id).Value.Length);
    }

    [Fact]
    public void The_center_files_only_its_own_kinds()
    {
        var call = Fold(Step(CallStep.Offered, 0, Number));
        Assert.Throws<ArgumentException>(() => call.Provisional(Kind.Prank, T0));
    }

    [Fact]
    public void A_move_up_is_kept_once_and_the_level_never_goes_down()
    {
        var call = Call.Empty(Id).Apply(new CallMovedUp(Id, T0.AddSeconds(10), new UnitId("polres-x"), 1));
        Assert.Same(call, call.Apply(new CallMovedUp(Id, T0.AddSeconds(10), new UnitId("polres-x"), 1)));
        Assert.Equal(1, call.Level);
    }

    [Fact]
    public void A_move_is_due_at_the_next_target_or_at_once_when_one_is_owed_and_never_once_answered()
    {
        IReadOnlyList<UnitId> chain = [new("polda-x"), new("mabes")];
        var late = Fold(Step(CallStep.Offered, 0, Number));
        // Heard of 25 s after it rang: at Mabes already, with no move left to time, and the one it made still owed.
        var top = late.Position(chain, T0.AddSeconds(25), TimeSpan.FromSeconds(10));
        Assert.Equal((1, (DateTimeOffset?)null), (top.Level, top.NextMoveAt));
        Assert.Equal(T0.AddSeconds(25), late.MoveDueAt(top, T0.AddSeconds(25)));
        var moved = late.Apply(new CallMovedUp(Id, T0.AddSeconds(10), chain[1], 1));
        Assert.Null(moved.MoveDueAt(top, T0.AddSeconds(25)));
        var early = late.Position(chain, T0.AddSeconds(4), TimeSpan.FromSeconds(10));
        Assert.Equal(T0.AddSeconds(10), late.MoveDueAt(early, T0.AddSeconds(4)));
        var answered = late.Apply(new CallStepRecorded(Step(CallStep.Answered, 6)));
        Assert.Null(answered.MoveDueAt(early, T0.AddSeconds(4)));
    }
}
